package eu.vigil.command.drill;

import eu.vigil.contracts.HospitalId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Start a drill in the sender's hospital.
 *
 * @param scenarioId a shipped scenario's id, checked by the edge against the catalogue; null for none
 * @param startedAt    when the request reached Vigil, stamped by the edge
 * @param participants e-mail addresses, checked by the edge; empty for the hospital's DPO and security officer
 */
public record StartDrill(@TargetAggregateIdentifier UUID drillId, HospitalId hospitalId, String scenarioId,
                         String title, int scale, Instant startedAt, List<String> participants) {

    public StartDrill {
        participants = participants == null ? List.of() : List.copyOf(participants);
    }

    /** A drill whose participants are the hospital's DPO and security officer. */
    public StartDrill(UUID drillId, HospitalId hospitalId, String scenarioId, String title, int scale,
                      Instant startedAt) {
        this(drillId, hospitalId, scenarioId, title, scale, startedAt, List.of());
    }
}
