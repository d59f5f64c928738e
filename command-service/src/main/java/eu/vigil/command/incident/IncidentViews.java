package eu.vigil.command.incident;

import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.incident.IncidentEvent;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Reads an incident's view from its events for the forms; another hospital's incident is not found. */
@Component
public class IncidentViews {

    private final EventStorageEngine storage;

    IncidentViews(EventStorageEngine storage) {
        this.storage = storage;
    }

    public Optional<IncidentView> find(IncidentId incident, HospitalId hospital) {
        var view = new IncidentView();
        storage.readEvents(incident.toString(), 0L).asStream()
                .forEach(event -> view.apply((IncidentEvent) event.getPayload()));
        if (view.lastSequence() < 0 || !view.report().hospitalId().equals(hospital)) {
            return Optional.empty();
        }
        return Optional.of(view);
    }
}
