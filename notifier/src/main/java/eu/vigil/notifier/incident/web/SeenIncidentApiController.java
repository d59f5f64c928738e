package eu.vigil.notifier.incident.web;

import eu.vigil.notifier.incident.IncidentNotSeenException;
import eu.vigil.notifier.incident.SeenIncident;
import eu.vigil.notifier.incident.SeenIncidents;
import eu.vigil.security.HospitalScope;
import eu.vigil.security.VigilUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

// Shows that the notifier saw an incident of the caller's hospital; obligations come in a later issue.
@RestController
@RequestMapping("/api/seen-incidents")
class SeenIncidentApiController {

    private static final int NEWEST = 50;

    private final SeenIncidents seen;

    SeenIncidentApiController(SeenIncidents seen) {
        this.seen = seen;
    }

    @GetMapping("/{incidentId}")
    SeenIncident incident(@PathVariable UUID incidentId, @AuthenticationPrincipal VigilUser user) {
        return HospitalScope.ownOnly(seen.find(incidentId), SeenIncident::hospitalId, user)
                .orElseThrow(() -> new IncidentNotSeenException(incidentId));
    }

    @GetMapping
    SeenIncidentsResponse newest(@AuthenticationPrincipal VigilUser user) {
        String hospital = user.ownHospital();
        return new SeenIncidentsResponse(seen.countOf(hospital), seen.newestOf(hospital, NEWEST));
    }
}
