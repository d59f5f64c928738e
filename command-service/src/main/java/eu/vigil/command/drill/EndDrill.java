package eu.vigil.command.drill;

import eu.vigil.contracts.HospitalId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.UUID;

/** End a drill of the sender's hospital: no incident is reported within it afterwards. */
public record EndDrill(@TargetAggregateIdentifier UUID drillId, HospitalId hospitalId, Instant endedAt) {
}
