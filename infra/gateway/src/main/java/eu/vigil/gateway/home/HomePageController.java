package eu.vigil.gateway.home;

import java.util.List;

import eu.vigil.gateway.config.GatewayProperties;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomePageController {

    private final GatewayProperties properties;

    HomePageController(GatewayProperties properties) {
        this.properties = properties;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal OidcUser user, Model model) {
        List<String> roles = user.getClaimAsStringList(properties.rolesClaim());
        model.addAttribute("userId", user.getName());
        model.addAttribute("roles", roles == null ? List.of() : roles);
        model.addAttribute("hospital", user.getClaimAsString(properties.hospitalClaim()));
        model.addAttribute("links", Destination.forRoles(roles == null ? List.of() : roles));
        return "home";
    }

    @GetMapping("/login-failed")
    String loginFailed() {
        return "login-failed";
    }
}
