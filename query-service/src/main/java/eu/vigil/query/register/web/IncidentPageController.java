package eu.vigil.query.register.web;

import eu.vigil.query.obligation.Obligations;
import eu.vigil.query.register.IncidentRegister;
import eu.vigil.query.register.RegisteredIncident;
import eu.vigil.security.EndpointRules;
import eu.vigil.security.VigilAccess;
import eu.vigil.security.VigilRole;
import eu.vigil.security.VigilUser;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.time.Clock;

/** The incident list a hospital's security officer and DPO see first. */
@Controller
class IncidentPageController {

    private static final int PAGE_SIZE = 50;

    private final IncidentRegister register;
    private final Obligations obligations;
    private final Clock clock;

    IncidentPageController(IncidentRegister register, Obligations obligations, Clock clock) {
        this.register = register;
        this.obligations = obligations;
        this.clock = clock;
    }

    @Bean
    static EndpointRules incidentPageRules() {
        return rules -> rules.requestMatchers(HttpMethod.GET, "/incidents")
                .access(VigilAccess.inOwnHospital(VigilRole.SECURITY_OFFICER, VigilRole.DPO));
    }

    @GetMapping("/incidents")
    String incidents(@AuthenticationPrincipal VigilUser user, Model model) {
        var incidents = register.newestOf(user.ownHospital(), PAGE_SIZE);
        model.addAttribute("incidents", incidents)
                .addAttribute("running", obligations.runningOf(user.ownHospital(),
                        incidents.stream().map(RegisteredIncident::incidentId).toList()))
                .addAttribute("now", clock.instant());
        return "register/incidents";
    }
}
