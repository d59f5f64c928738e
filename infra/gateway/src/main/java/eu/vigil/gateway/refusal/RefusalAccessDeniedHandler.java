package eu.vigil.gateway.refusal;

import java.io.IOException;

import eu.vigil.web.ProblemType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/** A refused request (mostly a session's missing or stale CSRF token): audited, never forwarded, answered 403. */
class RefusalAccessDeniedHandler implements AccessDeniedHandler {

    private final Refusals refusals;

    RefusalAccessDeniedHandler(Refusals refusals) {
        this.refusals = refusals;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        boolean csrf = e instanceof CsrfException;
        refusals.audit(request, ProblemType.FORBIDDEN.status(), csrf ? "csrf" : "access-denied");
        if (refusals.isApi(request)) {
            refusals.problem(response, ProblemType.FORBIDDEN, csrf ? "forbidden.csrf" : "forbidden");
        } else {
            // /error answers the page templates/error/403.html to a browser, the problem to anything else
            response.sendError(ProblemType.FORBIDDEN.status().value());
        }
    }
}
