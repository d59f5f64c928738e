package eu.vigil.gateway.refusal;

import java.io.IOException;

import eu.vigil.web.ProblemType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * An API request with neither session nor usable bearer token (none, an empty one, Basic): 401 problem with
 * {@code WWW-Authenticate: Bearer} (RFC 6750), not a redirect to a login page.
 */
class ApiAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final Refusals refusals;

    ApiAuthenticationEntryPoint(Refusals refusals) {
        this.refusals = refusals;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        refusals.audit(request, ProblemType.UNAUTHENTICATED.status(), ProblemType.UNAUTHENTICATED.code());
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        refusals.problem(response, ProblemType.UNAUTHENTICATED);
    }
}
