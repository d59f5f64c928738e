package eu.vigil.contracts.drill;

import java.time.Instant;
import java.util.UUID;

/**
 * The ended drill was deleted (ADR 0023): its key is destroyed, so its sealed records on the topics can be read by
 * no one, and every service removes its aggregates and read rows; only its report is kept. This event names nothing
 * else and stays on {@code vigil.drill-events} in the clear.
 */
public record DrillDeleted(UUID drillId, Instant deletedAt) implements DrillEvent {
}
