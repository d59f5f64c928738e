package eu.vigil.contracts.drill;

import eu.vigil.contracts.HospitalId;

import java.time.Instant;
import java.util.UUID;

/**
 * A hospital's security officer started a drill.
 *
 * @param scenarioId the shipped scenario it plays; null for a drill without one
 * @param scale      how much faster than real time its incidents' clocks run, 1 to {@value Exercise#MAX_SCALE}
 */
public record DrillStarted(UUID drillId, HospitalId hospitalId, String scenarioId, String title, int scale,
                           Instant startedAt) implements DrillEvent {
}
