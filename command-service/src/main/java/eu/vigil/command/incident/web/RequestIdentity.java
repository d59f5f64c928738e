package eu.vigil.command.incident.web;

import eu.vigil.security.VigilUser;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * One client request, identified so that a retry is recognised: by the client's {@code Idempotency-Key} header or
 * a form's hidden token, scoped to the user so that two users' keys never meet; a fresh id when the client gave
 * none. Ids the request creates (an incident, an entry) derive from it, so a retry names the same ones.
 */
record RequestIdentity(String requestId) {

    static RequestIdentity of(String clientKey, VigilUser user) {
        if (clientKey == null || clientKey.isBlank()) {
            return new RequestIdentity(UUID.randomUUID().toString());
        }
        return new RequestIdentity(derived("request", user.hospitalId().orElse("-") + "/" + user.userId() + "/"
                + clientKey.strip()).toString());
    }

    /** An id for something this request creates, the same on every retry of the request. */
    UUID idFor(String purpose) {
        return derived(purpose, requestId);
    }

    private static UUID derived(String purpose, String source) {
        return UUID.nameUUIDFromBytes((purpose + ":" + source).getBytes(StandardCharsets.UTF_8));
    }
}
