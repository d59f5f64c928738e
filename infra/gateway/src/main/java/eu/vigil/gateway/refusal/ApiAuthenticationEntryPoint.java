package eu.vigil.gateway.refusal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/** An API request with neither session nor bearer token: 401 problem, not a redirect to a login page. */
class ApiAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final Refusals refusals;

    ApiAuthenticationEntryPoint(Refusals refusals) {
        this.refusals = refusals;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        refusals.audit(request, HttpStatus.UNAUTHORIZED, "unauthenticated");
        response.setHeader("WWW-Authenticate", "Bearer");
        refusals.problem(response, HttpStatus.UNAUTHORIZED, Refusals.UNAUTHENTICATED, "Not authenticated",
                "Send an access token (Authorization: Bearer) or log in through the gateway.");
    }
}
