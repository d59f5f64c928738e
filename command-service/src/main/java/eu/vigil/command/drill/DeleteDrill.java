package eu.vigil.command.drill;

import eu.vigil.contracts.HospitalId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.UUID;

/**
 * Delete an ended drill of the sender's hospital (ADR 0023): its key is destroyed and every service removes it and
 * its incidents; only its report is kept.
 */
public record DeleteDrill(@TargetAggregateIdentifier UUID drillId, HospitalId hospitalId, Instant deletedAt) {
}
