package eu.vigil.contracts.drill;

import java.time.Instant;
import java.util.UUID;

/** The drill was archived: it leaves the hospital's list of running and recent drills; its report stays. */
public record DrillArchived(UUID drillId, Instant archivedAt) implements DrillEvent {
}
