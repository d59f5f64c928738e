package eu.vigil.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.util.HtmlUtils;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Answers 401 and 403 as RFC 9457 problems, or as a short page to a browser that asks for HTML, and audits each
 * refusal.
 */
final class RefusalProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String UNAUTHENTICATED = "urn:vigil:problem:unauthenticated";
    static final String FORBIDDEN = "urn:vigil:problem:forbidden";

    // sets WWW-Authenticate: Bearer with the RFC 6750 error, as clients of a resource server expect
    private final BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
    private final ObjectMapper json;

    RefusalProblems(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        RefusalAudit.refusedAnonymous(request, reason(e));
        bearer.commence(request, response, e);
        write(request, response, HttpStatus.UNAUTHORIZED, UNAUTHENTICATED, "Authentication required",
                "Log in at the Vigil gateway, or send a valid bearer token from the trusted identity provider.");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof VigilUser user) {
            RefusalAudit.refused(request, user, "no rule grants this request to the user's roles and hospital");
        } else {
            RefusalAudit.refusedAnonymous(request, "access denied: " + e.getMessage());
        }
        write(request, response, HttpStatus.FORBIDDEN, FORBIDDEN, "Not allowed for your role",
                "Your role does not allow this request; ask an administrator if you need it.");
    }

    /** A browser navigating to a page names text/html itself; API clients ask for JSON or anything. */
    private static boolean wantsPage(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept != null && MediaType.parseMediaTypes(accept).stream()
                .anyMatch(type -> type.equalsTypeAndSubtype(MediaType.TEXT_HTML));
    }

    private static String page(String title, String detail) {
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>%1$s</title></head>
                <body><main><h1>%1$s</h1><p>%2$s</p><p><a href="/">Back to the start page</a></p></main></body>
                </html>
                """.formatted(HtmlUtils.htmlEscape(title), HtmlUtils.htmlEscape(detail));
    }

    private static String reason(AuthenticationException e) {
        if (e instanceof OAuth2AuthenticationException oauth) {
            // the description says why the token failed (expired, issuer, audience, signature), never the token
            String description = oauth.getError().getDescription();
            return "token rejected: " + (description != null ? description : oauth.getError().getErrorCode());
        }
        return "no bearer token";
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String type,
                       String title, String detail) throws IOException {
        if (wantsPage(request)) {
            response.setStatus(status.value());
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write(page(title, detail));
            return;
        }
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", type);
        problem.put("title", title);
        problem.put("status", status.value());
        problem.put("detail", detail);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
