package eu.vigil.security;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs every refused request on the logger {@code eu.vigil.audit} at INFO: method, path, user id, hospital,
 * roles and why. Never the token, never names.
 */
public final class RefusalAudit {

    private static final Logger audit = LoggerFactory.getLogger("eu.vigil.audit");

    private RefusalAudit() {
    }

    /** A refusal of an authenticated user, such as another hospital's incident answered as not found. */
    public static void refused(HttpServletRequest request, VigilUser user, String reason) {
        audit.info("AUDIT refused {} {} user={} hospital={} roles={} reason={}", request.getMethod(),
                request.getRequestURI(), user.userId(), user.hospitalId().orElse("-"), user.roles(), reason);
    }

    /** A refusal before any user is known: no token, or a token that failed validation. */
    static void refusedAnonymous(HttpServletRequest request, String reason) {
        audit.info("AUDIT refused {} {} user=- hospital=- roles=[] reason={}", request.getMethod(),
                request.getRequestURI(), reason);
    }
}
