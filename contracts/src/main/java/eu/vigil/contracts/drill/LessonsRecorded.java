package eu.vigil.contracts.drill;

import java.time.Instant;
import java.util.UUID;

/** The drill's lessons learned, as the hospital's security officer wrote them; they replace any recorded before. */
public record LessonsRecorded(UUID drillId, String text, Instant recordedAt) implements DrillEvent {
}
