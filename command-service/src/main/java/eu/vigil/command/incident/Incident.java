package eu.vigil.command.incident;

import eu.vigil.command.hospital.Hospitals;
import eu.vigil.command.hospital.UnknownHospitalException;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.YesNoUnknown;
import eu.vigil.contracts.incident.IncidentReported;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

@Aggregate
class Incident {

    @AggregateIdentifier
    private IncidentId id;

    protected Incident() {} // Axon rebuilds the aggregate from its events through this constructor

    @CommandHandler
    Incident(ReportIncident command, Hospitals hospitals) {
        if (!hospitals.exists(command.hospitalId())) {
            throw new UnknownHospitalException(command.hospitalId());
        }
        if (command.awareAt().isAfter(command.reportedAt())) {
            throw new AwarenessInFutureException(command.awareAt(), command.reportedAt());
        }
        if (command.detectedAt() != null && command.awareAt().isBefore(command.detectedAt())) {
            throw new AwarenessBeforeDetectionException(command.awareAt(), command.detectedAt());
        }
        apply(new IncidentReported(command.incidentId(), command.hospitalId(), command.summary().strip(),
                command.detectedAt(), command.awareAt(), command.category(),
                command.personalDataInvolved() == null ? YesNoUnknown.UNKNOWN : command.personalDataInvolved(), null));
    }

    @EventSourcingHandler
    void on(IncidentReported event) {
        id = event.incidentId();
    }
}
