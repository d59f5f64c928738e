package eu.vigil.query.register.web;

import eu.vigil.query.register.IncidentNotFoundException;
import eu.vigil.query.register.IncidentRegister;
import eu.vigil.query.register.RegisteredIncident;
import eu.vigil.security.HospitalScope;
import eu.vigil.security.VigilUser;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/** The register as the caller's hospital sees it: never another hospital's incidents. */
@RestController
@RequestMapping("/api/incidents")
class IncidentApiController {

    private final IncidentRegister register;

    IncidentApiController(IncidentRegister register) {
        this.register = register;
    }

    @GetMapping("/{incidentId}")
    RegisteredIncident incident(@PathVariable UUID incidentId, @AuthenticationPrincipal VigilUser user) {
        return HospitalScope.ownOnly(register.find(incidentId), RegisteredIncident::hospitalId, user)
                .orElseThrow(() -> new IncidentNotFoundException(incidentId));
    }

    @GetMapping
    List<RegisteredIncident> newest(@RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit,
                                    @AuthenticationPrincipal VigilUser user) {
        return register.newestOf(user.ownHospital(), limit);
    }
}
