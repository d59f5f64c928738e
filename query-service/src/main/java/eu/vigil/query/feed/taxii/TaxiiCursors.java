package eu.vigil.query.feed.taxii;

import eu.vigil.query.feed.Pseudonyms;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * The opaque {@code next} of a TAXII page: the cursor and an HMAC of it, so that an edited {@code next} is refused
 * rather than read as another position (or another collection). The key derives from the pseudonyms' key: a
 * {@code next} stays valid across restarts and instances, until that key is rotated.
 */
@Component
public class TaxiiCursors {

    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();
    private static final int MAC_BYTES = 16;
    /** Longer than any cursor this server writes: a longer {@code next} is not read at all. */
    public static final int MOST_CHARACTERS = 200;

    private final SecretKeySpec key;

    TaxiiCursors(Pseudonyms pseudonyms) {
        this.key = pseudonyms.derivedKey("taxii-next");
    }

    public String encode(TaxiiCursor cursor) {
        byte[] payload = cursor.payload().getBytes(StandardCharsets.UTF_8);
        return ENCODE.encodeToString(payload) + "." + ENCODE.encodeToString(mac(payload));
    }

    /** The cursor of a {@code next} this server wrote for this collection; empty for any other text. */
    public Optional<TaxiiCursor> decode(String next, TaxiiCollection collection) {
        if (next.length() > MOST_CHARACTERS) {
            return Optional.empty();
        }
        var parts = next.split("\\.", -1);
        try {
            if (parts.length != 2) {
                return Optional.empty();
            }
            byte[] payload = DECODE.decode(parts[0]);
            if (!MessageDigest.isEqual(mac(payload), DECODE.decode(parts[1]))) {
                return Optional.empty();
            }
            var cursor = TaxiiCursor.parse(new String(payload, StandardCharsets.UTF_8));
            return cursor.collection() == collection ? Optional.of(cursor) : Optional.empty();
        } catch (IllegalArgumentException | DateTimeParseException notOurs) {
            return Optional.empty();
        }
    }

    private byte[] mac(byte[] payload) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Arrays.copyOf(mac.doFinal(payload), MAC_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
