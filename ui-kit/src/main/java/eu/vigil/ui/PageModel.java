package eu.vigil.ui;

import eu.vigil.security.VigilUser;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;

import java.util.List;

/**
 * What the layout needs on every page: the navigation for the user's roles, the form guard's token and where to
 * fetch the missing-profile warning from.
 */
@ControllerAdvice(annotations = Controller.class)
class PageModel {

    @ModelAttribute("navigation")
    List<NavigationItem> navigation(@AuthenticationPrincipal VigilUser user, HttpServletRequest request) {
        return Navigation.forUser(user, request.getRequestURI());
    }

    /**
     * Where the layout fetches the missing-profile warning from (the notifier, through the gateway), for the users it
     * concerns: a hospital's officer or DPO, and an administrator; null for anyone else, and no placeholder is written.
     */
    @ModelAttribute("profileWarning")
    String profileWarning(@AuthenticationPrincipal VigilUser user) {
        return ProfileWarningSlot.sourceFor(user);
    }

    /**
     * The gateway guards every session's form post with the double-submit cookie {@code XSRF-TOKEN} (ADR 0004): a
     * form echoes the token in its {@code _csrf} field. The gateway passes the session's token in the header
     * {@code X-XSRF-TOKEN} of each proxied request (the cookie is not there yet on the first page after login);
     * without the gateway (tests, API clients) there is none and no field is written.
     */
    @ModelAttribute("csrfToken")
    String csrfToken(@RequestHeader(name = "X-XSRF-TOKEN", required = false) String fromGateway,
                     @CookieValue(name = "XSRF-TOKEN", required = false) String cookie) {
        return fromGateway != null ? fromGateway : cookie;
    }
}
