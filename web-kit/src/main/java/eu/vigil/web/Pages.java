package eu.vigil.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/** Tells a browser's page navigation from an API call: only the former is answered an error page, not a problem. */
public final class Pages {

    private Pages() {
    }

    /** A request outside {@code /api/} whose Accept header names {@code text/html} itself (not only {@code *}/*). */
    public static boolean isNavigation(HttpServletRequest request) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return false;
        }
        try {
            return MediaType.parseMediaTypes(request.getHeader("Accept")).stream()
                    .anyMatch(type -> type.getQualityValue() > 0 && MediaType.TEXT_HTML.equalsTypeAndSubtype(type));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}
