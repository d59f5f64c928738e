package eu.vigil.gateway.home;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import eu.vigil.gateway.config.GatewayProperties;
import eu.vigil.security.VigilRole;
import eu.vigil.security.VigilUser;
import eu.vigil.ui.LayoutModel;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Who is logged in, what to do next, and where to go: ui-kit's navigation, the one every page shows (issue 15), with
 * its missing-profile warning slot. The ID token's claims only choose the links; the services decide.
 */
@Controller
class HomePageController {

    private final GatewayProperties properties;

    HomePageController(GatewayProperties properties) {
        this.properties = properties;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal OidcUser login, Model model) {
        List<String> claimed = login.getClaimAsStringList(properties.rolesClaim());
        List<String> roles = claimed == null ? List.of() : claimed;
        var user = new VigilUser(login.getName(), known(roles), login.getClaimAsString(properties.hospitalClaim()));
        LayoutModel.addTo(model, user, "/");
        model.addAttribute("userId", user.userId());
        model.addAttribute("roles", roles);
        model.addAttribute("hospital", user.hospitalId().orElse(null));
        model.addAttribute("nextSteps", user.roles().stream().map(role -> "home.next." + role.name()).toList());
        return "home";
    }

    // a role Vigil does not know opens nothing; the page still lists it as claimed
    private static Set<VigilRole> known(List<String> roles) {
        var known = EnumSet.noneOf(VigilRole.class);
        for (VigilRole role : VigilRole.values()) {
            if (roles.contains(role.name())) {
                known.add(role);
            }
        }
        return known;
    }

    @GetMapping("/login-failed")
    String loginFailed() {
        return "login-failed";
    }
}
