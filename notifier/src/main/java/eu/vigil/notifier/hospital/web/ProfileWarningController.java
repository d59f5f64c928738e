package eu.vigil.notifier.hospital.web;

import eu.vigil.notifier.hospital.ProfileWarning;
import eu.vigil.security.EndpointRules;
import eu.vigil.security.VigilUser;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The missing-profile warning as an HTML fragment, which ui-kit's layout fetches into the pages of every service
 * (issue 14). 204 when there is nothing to warn the user about, so the page stays as it is.
 */
@Controller
class ProfileWarningController {

    private final ProfileWarning warning;

    ProfileWarningController(ProfileWarning warning) {
        this.warning = warning;
    }

    @Bean
    static EndpointRules profileWarningRules() {
        // every logged-in user may ask; a CERT coordinator is simply told there is nothing to see
        return rules -> rules.requestMatchers(HttpMethod.GET, "/hospital-profile/warning").authenticated();
    }

    @GetMapping(value = "/hospital-profile/warning", produces = MediaType.TEXT_HTML_VALUE)
    String warning(@AuthenticationPrincipal VigilUser user, Model model, HttpServletResponse response) {
        if (!warning.addWarningFor(model, user)) {
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return null; // handled: no body
        }
        return model.containsAttribute("hospitalsWithoutProfile") ? "obligation/profile :: hospitals"
                : "obligation/profile :: missing";
    }
}
