package eu.vigil.command.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The gateway guards every session's form post with the double-submit cookie {@code XSRF-TOKEN} (ADR 0004): a
 * form must echo the cookie's value in its {@code _csrf} field. The cookie reaches this service with the proxied
 * request, so each form copies it into its hidden field.
 */
@ControllerAdvice(annotations = Controller.class)
class CsrfField {

    @ModelAttribute("csrfToken")
    String csrfToken(@CookieValue(name = "XSRF-TOKEN", required = false) String token) {
        return token;
    }
}
