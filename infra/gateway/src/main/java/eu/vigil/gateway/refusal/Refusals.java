package eu.vigil.gateway.refusal;

import java.io.IOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.vigil.gateway.web.ProblemTexts;
import eu.vigil.web.ProblemType;
import eu.vigil.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.RequestMatcher;

/** Writes the audit line for a refusal and answers it: RFC 9457 problem on {@code /api/**}, page elsewhere. */
final class Refusals {

    private static final Logger audit = LoggerFactory.getLogger("eu.vigil.audit");

    private final RequestMatcher api;
    private final ObjectMapper json;
    private final ProblemTexts texts;

    Refusals(RequestMatcher api, ObjectMapper json, ProblemTexts texts) {
        this.api = api;
        this.json = json;
        this.texts = texts;
    }

    void audit(HttpServletRequest request, HttpStatusCode status, String reason) {
        audit.info("AUDIT refused status={} reason={} user={} method={} path={}", status.value(), reason,
                user(), request.getMethod(), request.getRequestURI().replaceAll("[^\\p{Graph}]", "_"));
    }

    boolean isApi(HttpServletRequest request) {
        return api.matches(request);
    }

    /** Answers the problem of {@code type}, with its status, in the caller's language. */
    void problem(HttpServletResponse response, ProblemType type) throws IOException {
        problem(response, type, type.code());
    }

    /** Answers the problem of {@code type} with the detail of {@code problem.<problemCase>.detail}. */
    void problem(HttpServletResponse response, ProblemType type, String problemCase) throws IOException {
        write(response, texts.of(type, problemCase));
    }

    private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), Problems.asMap(problem));
    }

    private static String user() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return "-";
        }
        return authentication.getName();
    }
}
