package eu.vigil.command.hashchain.web;

import eu.vigil.command.hashchain.IncidentIntegrity;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.security.VigilUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

@Controller
class IntegrityPageController {

    private final IncidentIntegrity check;

    IntegrityPageController(IncidentIntegrity check) {
        this.check = check;
    }

    /** The verdict on the incident's history, with what to do when it is broken. */
    @GetMapping("/incidents/{id}/integrity")
    String verify(@PathVariable IncidentId id, @AuthenticationPrincipal VigilUser user, Model model) {
        model.addAttribute("verification", check.verify(id, HospitalId.of(user.ownHospital()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        return "hashchain/integrity";
    }
}
