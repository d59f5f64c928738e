package eu.vigil.notifier.obligation.web;

import eu.vigil.contracts.HospitalId;
import eu.vigil.notifier.obligation.ObligationIntegrity;
import eu.vigil.notifier.obligation.Obligations;
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
import org.springframework.web.bind.annotation.PathVariable;

import java.util.UUID;

/** The verdict on an obligation's stored history, beside its page on the deadline board. */
@Controller
class IntegrityPageController {

    private final ObligationIntegrity integrity;
    private final Obligations obligations;

    IntegrityPageController(ObligationIntegrity integrity, Obligations obligations) {
        this.integrity = integrity;
        this.obligations = obligations;
    }

    // who may read the obligation may check its history, as for an incident's
    @Bean
    static EndpointRules integrityRules() {
        return rules -> rules
                .requestMatchers(HttpMethod.GET, "/api/obligations/*/integrity", "/deadlines/*/integrity")
                    .access(VigilAccess.inOwnHospital(VigilRole.SECURITY_OFFICER, VigilRole.DPO));
    }

    @GetMapping("/deadlines/{obligationId}/integrity")
    String page(@AuthenticationPrincipal VigilUser user, @PathVariable UUID obligationId, Model model) {
        var hospital = HospitalId.of(user.ownHospital());
        model.addAttribute("verification", IntegrityResponse.of(obligationId, integrity.verify(obligationId, hospital)));
        model.addAttribute("o", obligations.of(obligationId, hospital)); // a drill's says so (ADR 0022)
        return "obligation/integrity";
    }
}
