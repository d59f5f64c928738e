package eu.vigil.gateway.refusal;

import java.io.IOException;
import java.net.URI;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.RequestMatcher;

/** Writes the audit line for a refusal and answers it: RFC 9457 problem on {@code /api/**}, page elsewhere. */
final class Refusals {

    static final URI UNAUTHENTICATED = URI.create("urn:vigil:problem:unauthenticated");
    static final URI FORBIDDEN = URI.create("urn:vigil:problem:forbidden");

    private static final Logger audit = LoggerFactory.getLogger("eu.vigil.audit");

    private final RequestMatcher api;
    private final ObjectMapper json;

    Refusals(RequestMatcher api, ObjectMapper json) {
        this.api = api;
        this.json = json;
    }

    void audit(HttpServletRequest request, HttpStatus status, String reason) {
        audit.info("AUDIT refused status={} reason={} user={} method={} path={}", status.value(), reason,
                user(), request.getMethod(), request.getRequestURI().replaceAll("[^\\p{Graph}]", "_"));
    }

    boolean isApi(HttpServletRequest request) {
        return api.matches(request);
    }

    void problem(HttpServletResponse response, HttpStatus status, URI type, String title, String detail)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

    private static String user() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return "-";
        }
        return authentication.getName();
    }
}
