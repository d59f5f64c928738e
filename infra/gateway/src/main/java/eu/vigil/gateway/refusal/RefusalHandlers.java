package eu.vigil.gateway.refusal;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.vigil.gateway.web.ProblemTexts;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.util.matcher.RequestMatcher;

/** The entry point, access-denied and request-rejected handlers the security configuration installs. */
public final class RefusalHandlers {

    private final Refusals refusals;

    public RefusalHandlers(RequestMatcher api, ObjectMapper json, ProblemTexts texts) {
        this.refusals = new Refusals(api, json, texts);
    }

    public AuthenticationEntryPoint apiEntryPoint() {
        return new ApiAuthenticationEntryPoint(refusals);
    }

    public AccessDeniedHandler accessDeniedHandler() {
        return new RefusalAccessDeniedHandler(refusals);
    }

    public RequestRejectedHandler requestRejectedHandler() {
        return new RequestRejectedProblemHandler(refusals);
    }
}
