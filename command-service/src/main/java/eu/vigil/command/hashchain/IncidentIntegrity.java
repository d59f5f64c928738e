package eu.vigil.command.hashchain;

import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.incident.IncidentEvent;
import eu.vigil.contracts.incident.IncidentReported;
import eu.vigil.eventstore.hashchain.ChainCheck;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** An incident's hash chain, checked by eventstore-kit's {@link ChainCheck}; every event is linked from the first. */
@Component
public class IncidentIntegrity {

    private final ChainCheck check;

    IncidentIntegrity(EventStorageEngine storage) {
        this.check = new ChainCheck(storage, IncidentEvent.class, ChainCheck.Origin.FIRST_EVENT);
    }

    /** @return empty when the hospital has no incident with this id */
    public Optional<IntegrityReport> verify(IncidentId incident, HospitalId hospital) {
        return check.verify(incident.toString(),
                        first -> first instanceof IncidentReported reported && reported.hospitalId().equals(hospital))
                .map(verification -> new IntegrityReport(incident, verification.events(), verification.firstBreak()));
    }
}
