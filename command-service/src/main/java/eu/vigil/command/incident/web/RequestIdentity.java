package eu.vigil.command.incident.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import eu.vigil.security.VigilUser;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * One client request, identified so that a retry is recognised: by the client's {@code Idempotency-Key} header or
 * a form's hidden token, scoped to the user so that two users' keys never meet; a fresh id when the client gave
 * none. Ids the request creates (an incident, an entry) derive from it, so a retry names the same ones.
 */
public record RequestIdentity(String requestId, String fingerprint) {

    /** The header under which an API client names its request. */
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules().build();

    public static RequestIdentity of(String clientKey, VigilUser user) {
        if (clientKey == null || clientKey.isBlank()) {
            return new RequestIdentity(UUID.randomUUID().toString(), null);
        }
        return new RequestIdentity(derived("request", user.hospitalId().orElse("-") + "/" + user.userId() + "/"
                + clientKey.strip()).toString(), null);
    }

    /**
     * As {@link #of(String, VigilUser)}, remembering what the request asked, so that the same key sent again with
     * another body is refused instead of answered with the first request's result.
     */
    public static RequestIdentity of(String clientKey, VigilUser user, Object body) {
        var identity = of(clientKey, user);
        if (clientKey == null || clientKey.isBlank()) {
            return identity;
        }
        try {
            return new RequestIdentity(identity.requestId(), derived("body", JSON.writeValueAsString(body)).toString());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("A request body that cannot be written as JSON", e);
        }
    }

    /** An id for something this request creates, the same on every retry of the request. */
    public UUID idFor(String purpose) {
        return derived(purpose, requestId);
    }

    private static UUID derived(String purpose, String source) {
        return UUID.nameUUIDFromBytes((purpose + ":" + source).getBytes(StandardCharsets.UTF_8));
    }
}
