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

/** What the layout needs on every page: the navigation for the user's roles and the form guard's token. */
@ControllerAdvice(annotations = Controller.class)
class PageModel {

    @ModelAttribute("navigation")
    List<NavigationItem> navigation(@AuthenticationPrincipal VigilUser user, HttpServletRequest request) {
        return Navigation.forUser(user, request.getRequestURI());
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
