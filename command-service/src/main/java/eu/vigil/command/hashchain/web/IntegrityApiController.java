package eu.vigil.command.hashchain.web;

import eu.vigil.command.hashchain.IncidentIntegrity;
import eu.vigil.command.web.ApiProblems;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.security.VigilUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class IntegrityApiController {

    private final IncidentIntegrity check;

    IntegrityApiController(IncidentIntegrity check) {
        this.check = check;
    }

    /** Intact, or the first broken link: an altered, missing or unreadable event. */
    @GetMapping("/api/incidents/{id}/integrity")
    ResponseEntity<?> verify(@PathVariable IncidentId id, @AuthenticationPrincipal VigilUser user) {
        return check.verify(id, HospitalId.of(user.ownHospital()))
                .<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(ApiProblems.unknownIncident()));
    }
}
