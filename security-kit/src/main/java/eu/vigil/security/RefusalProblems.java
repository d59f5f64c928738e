package eu.vigil.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.vigil.web.ProblemType;
import eu.vigil.web.Pages;
import eu.vigil.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.util.HtmlUtils;

import java.io.IOException;

/**
 * Answers 401, 403 and the firewall's 400 as RFC 9457 problems, or as a short page to a browser that asks for HTML, and audits each
 * refusal.
 */
final class RefusalProblems implements AuthenticationEntryPoint, AccessDeniedHandler, RequestRejectedHandler {

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
        write(request, response, ProblemType.UNAUTHENTICATED);
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
        write(request, response, ProblemType.FORBIDDEN);
    }

    // The firewall's refusal of an encoded slash, semicolon or NUL in the path: never reaches a controller.
    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException e)
            throws IOException {
        write(request, response, ProblemType.REQUEST_REJECTED);
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

    private void write(HttpServletRequest request, HttpServletResponse response, ProblemType type)
            throws IOException {
        response.setStatus(type.status().value());
        if (Pages.isNavigation(request)) {
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write(page(type.title(), type.detail()));
            return;
        }
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), Problems.asMap(Problems.of(type)));
    }
}
