package eu.vigil.gateway.refusal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/** A refused request (mostly a missing or stale CSRF token): audited, never forwarded, answered 403. */
class RefusalAccessDeniedHandler implements AccessDeniedHandler {

    private final Refusals refusals;

    RefusalAccessDeniedHandler(Refusals refusals) {
        this.refusals = refusals;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        boolean csrf = e instanceof CsrfException;
        refusals.audit(request, HttpStatus.FORBIDDEN, csrf ? "csrf" : "access-denied");
        if (refusals.isApi(request)) {
            refusals.problem(response, HttpStatus.FORBIDDEN, Refusals.FORBIDDEN, "Forbidden",
                    csrf ? "The request has no valid CSRF token: reload the page and try again."
                         : "This request is not allowed.");
        } else {
            response.sendError(HttpStatus.FORBIDDEN.value()); // rendered by templates/error/403.html
        }
    }
}
