package eu.vigil.command.drill;

import eu.vigil.contracts.HospitalId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.UUID;

/**
 * Record the lessons learned from a drill of the sender's hospital, while it runs or after its end; they replace any
 * recorded before.
 *
 * @param recordedAt when the request reached Vigil, stamped by the edge
 */
public record RecordLessons(@TargetAggregateIdentifier UUID drillId, HospitalId hospitalId, String text,
                            Instant recordedAt) {
}
