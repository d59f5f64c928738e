package eu.vigil.query.register.web;

import eu.vigil.query.register.IncidentNotFoundException;
import eu.vigil.query.register.IncidentRegister;
import eu.vigil.query.register.RegisteredIncident;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

// Not yet scoped to the caller's hospital: authentication and hospital scoping arrive with the login issue.
@RestController
@RequestMapping("/api/incidents")
class IncidentApiController {

    private final IncidentRegister register;

    IncidentApiController(IncidentRegister register) {
        this.register = register;
    }

    @GetMapping("/{incidentId}")
    RegisteredIncident incident(@PathVariable UUID incidentId) {
        return register.find(incidentId).orElseThrow(() -> new IncidentNotFoundException(incidentId));
    }

    @GetMapping(params = "!hospitalId")
    List<RegisteredIncident> newest(@RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit) {
        return register.newest(limit);
    }

    @GetMapping(params = "hospitalId")
    List<RegisteredIncident> newestOf(@RequestParam String hospitalId,
                                      @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit) {
        return register.newestOf(hospitalId, limit);
    }
}
