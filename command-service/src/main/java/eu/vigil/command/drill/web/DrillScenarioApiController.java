package eu.vigil.command.drill.web;

import eu.vigil.command.drill.scenario.ScenarioCatalogue;
import eu.vigil.security.EndpointRules;
import eu.vigil.security.VigilAccess;
import eu.vigil.security.VigilRole;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Locale;

/** The shipped drill scenarios, for whoever may start a drill: an administrator or a hospital's security officer. */
@RestController
class DrillScenarioApiController {

    private final ScenarioCatalogue scenarios;

    DrillScenarioApiController(ScenarioCatalogue scenarios) {
        this.scenarios = scenarios;
    }

    @Bean
    static EndpointRules drillScenarioRules() {
        return rules -> rules.requestMatchers(HttpMethod.GET, "/api/drill-scenarios")
                .access(AuthorizationManagers.anyOf(AuthorityAuthorizationManager.hasRole(VigilRole.ADMIN.name()),
                        VigilAccess.inOwnHospital(VigilRole.SECURITY_OFFICER)));
    }

    /** Each scenario in the caller's language (Accept-Language), in English where it is not one of the seven. */
    @GetMapping("/api/drill-scenarios")
    List<ScenarioResponse> all(Locale locale) {
        return scenarios.all().stream().map(scenario -> ScenarioResponse.of(scenario, locale)).toList();
    }
}
