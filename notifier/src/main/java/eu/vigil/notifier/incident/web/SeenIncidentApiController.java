package eu.vigil.notifier.incident.web;

import eu.vigil.notifier.incident.IncidentNotSeenException;
import eu.vigil.notifier.incident.SeenIncident;
import eu.vigil.notifier.incident.SeenIncidents;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

// Shows that the notifier saw an incident; not secured yet (login issue), obligations come in a later issue.
@RestController
@RequestMapping("/api/seen-incidents")
class SeenIncidentApiController {

    private static final int NEWEST = 50;

    private final SeenIncidents seen;

    SeenIncidentApiController(SeenIncidents seen) {
        this.seen = seen;
    }

    @GetMapping("/{incidentId}")
    SeenIncident incident(@PathVariable UUID incidentId) {
        return seen.find(incidentId).orElseThrow(() -> new IncidentNotSeenException(incidentId));
    }

    @GetMapping
    SeenIncidentsResponse newest() {
        return new SeenIncidentsResponse(seen.count(), seen.newest(NEWEST));
    }
}
