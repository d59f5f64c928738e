package eu.vigil.query.register.web;

import eu.vigil.contracts.notification.ObligationState;
import eu.vigil.query.obligation.Obligations;
import eu.vigil.query.register.IncidentNotFoundException;
import eu.vigil.query.register.IncidentRegister;
import eu.vigil.query.register.RegisteredIncident;
import eu.vigil.security.EndpointRules;
import eu.vigil.security.HospitalScope;
import eu.vigil.security.VigilAccess;
import eu.vigil.security.VigilRole;
import eu.vigil.security.VigilUser;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/** The obligations the notifier opened for an incident of the caller's hospital, as JSON. */
@RestController
class IncidentObligationApiController {

    private final IncidentRegister register;
    private final Obligations obligations;

    IncidentObligationApiController(IncidentRegister register, Obligations obligations) {
        this.register = register;
        this.obligations = obligations;
    }

    @Bean
    static EndpointRules incidentObligationRules() {
        return rules -> rules.requestMatchers(HttpMethod.GET, "/api/incidents/*/obligations")
                .access(VigilAccess.inOwnHospital(VigilRole.SECURITY_OFFICER, VigilRole.DPO));
    }

    /** Running ones first by due instant, then the closed ones; each as its events tell it. */
    @GetMapping("/api/incidents/{incidentId}/obligations")
    List<ObligationState> obligations(@PathVariable UUID incidentId, @AuthenticationPrincipal VigilUser user) {
        var incident = HospitalScope.ownOnly(register.find(incidentId), RegisteredIncident::hospitalId, user)
                .orElseThrow(() -> new IncidentNotFoundException(incidentId));
        return obligations.ofIncident(incidentId, incident.hospitalId());
    }
}
