package eu.vigil.notifier.register.web;

import eu.vigil.contracts.HospitalId;
import eu.vigil.notifier.register.BreachRegister;
import eu.vigil.notifier.register.RegisterFilter;
import eu.vigil.security.EndpointRules;
import eu.vigil.security.VigilAccess;
import eu.vigil.security.VigilRole;
import eu.vigil.security.VigilUser;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The GDPR Art. 33(5) register of the caller's hospital, as JSON. */
@RestController
class BreachRegisterApiController {

    private final BreachRegister register;

    BreachRegisterApiController(BreachRegister register) {
        this.register = register;
    }

    // personal data never leaves the hospital's own views: its DPO alone reads the register, the officer does not
    @Bean
    static EndpointRules breachRegisterRules() {
        return rules -> rules
                .requestMatchers(HttpMethod.GET, "/api/breach-register", "/breach-register", "/breach-register.csv",
                        "/breach-register.pdf")
                    .access(VigilAccess.inOwnHospital(VigilRole.DPO));
    }

    @GetMapping("/api/breach-register")
    BreachRegisterResponse list(@AuthenticationPrincipal VigilUser user,
                                @RequestParam(required = false) String year,
                                @RequestParam(required = false) String status) {
        var filter = RegisterFilter.parse(year, status);
        var breaches = register.of(HospitalId.of(user.ownHospital()), filter).stream()
                .map(BreachEntryResponse::of).toList();
        return new BreachRegisterResponse(filter.year(),
                filter.status() == null ? null : filter.status().code(), breaches);
    }
}
