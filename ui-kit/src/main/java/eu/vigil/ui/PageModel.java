package eu.vigil.ui;

import eu.vigil.security.VigilUser;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.util.List;

/** What the layout needs on every page: the navigation for the user's roles and the form guard's token. */
@ControllerAdvice(annotations = Controller.class)
class PageModel {

    @ModelAttribute("navigation")
    List<NavigationItem> navigation(@AuthenticationPrincipal VigilUser user, HttpServletRequest request) {
        return Navigation.forUser(user, request.getRequestURI());
    }

    /**
     * The gateway guards every session's form post with the double-submit cookie {@code XSRF-TOKEN} (ADR 0004): a
     * form echoes the cookie's value in its {@code _csrf} field. The cookie reaches the service with the proxied
     * request; without the gateway (tests, API clients) there is none and no field is written.
     */
    @ModelAttribute("csrfToken")
    String csrfToken(@CookieValue(name = "XSRF-TOKEN", required = false) String token) {
        return token;
    }
}
