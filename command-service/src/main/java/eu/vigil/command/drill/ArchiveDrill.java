package eu.vigil.command.drill;

import eu.vigil.contracts.HospitalId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.UUID;

/** Archive an ended drill of the sender's hospital: it leaves the list of drills; its report stays. */
public record ArchiveDrill(@TargetAggregateIdentifier UUID drillId, HospitalId hospitalId, Instant archivedAt) {
}
