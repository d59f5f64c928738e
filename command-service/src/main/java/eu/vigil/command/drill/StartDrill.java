package eu.vigil.command.drill;

import eu.vigil.contracts.HospitalId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.UUID;

/**
 * Start a drill in the sender's hospital.
 *
 * @param scenarioId a shipped scenario's id, checked by the edge against the catalogue; null for none
 * @param startedAt  when the request reached Vigil, stamped by the edge
 */
public record StartDrill(@TargetAggregateIdentifier UUID drillId, HospitalId hospitalId, String scenarioId,
                         String title, int scale, Instant startedAt) {
}
