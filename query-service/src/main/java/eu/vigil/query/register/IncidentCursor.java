package eu.vigil.query.register;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * Where a page of the incident list ended: the last row's sort key and id. Sent to the client opaque (base64url
 * of key, id and a digest over them and the query's filters), so an edited cursor, or one made for other filters,
 * is refused instead of silently skipping rows. The digest is no secret: a cursor only positions a list the
 * hospital may read in full anyway.
 */
public record IncidentCursor(long key, UUID incidentId) {

    static final int MAX_LENGTH = 200;

    String encode(String fingerprint) {
        String body = key + "." + incidentId;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(
                (body + "." + digest(body, fingerprint)).getBytes(StandardCharsets.US_ASCII));
    }

    /** The cursor, or empty when the text is no cursor this list made for these filters. */
    static Optional<IncidentCursor> decode(String text, String fingerprint) {
        if (text.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.US_ASCII).split("\\.");
            if (parts.length != 3 || !parts[2].equals(digest(parts[0] + "." + parts[1], fingerprint))) {
                return Optional.empty();
            }
            return Optional.of(new IncidentCursor(Long.parseLong(parts[0]), UUID.fromString(parts[1])));
        } catch (IllegalArgumentException notACursor) { // bad base64, number or UUID
            return Optional.empty();
        }
    }

    private static String digest(String body, String fingerprint) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((body + "|" + fingerprint).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
