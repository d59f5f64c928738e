package eu.vigil.contracts.drill;

import java.time.Instant;
import java.util.UUID;

/** The drill ended: no incident may be reported within it any more. */
public record DrillEnded(UUID drillId, Instant endedAt) implements DrillEvent {
}
