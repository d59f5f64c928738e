package eu.vigil.query.feed;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A hospital's stable pseudonym in the CERT feed: an HMAC-SHA-256 of its id under a key from the environment
 * ({@code VIGIL_PSEUDONYM_KEY}), so that the same hospital appears under the same name across its incidents and no
 * one without the key can tell which it is. Rotating the key renames every pseudonymous hospital: rebuild the
 * {@code cert-feed} read model after changing it.
 */
@Component
public class Pseudonyms {

    private static final Logger log = LoggerFactory.getLogger(Pseudonyms.class);
    private static final int MIN_KEY_LENGTH = 32;

    private final SecretKeySpec key;

    Pseudonyms(@Value("${vigil.cert.pseudonym-key:}") String key) {
        if (key.isBlank()) {
            log.warn("No VIGIL_PSEUDONYM_KEY is set: pseudonyms in the CERT feed change at each start. Set a random "
                    + "key of at least {} characters in production.", MIN_KEY_LENGTH);
            var random = new byte[MIN_KEY_LENGTH];
            new SecureRandom().nextBytes(random);
            this.key = new SecretKeySpec(random, "HmacSHA256");
        } else if (key.length() < MIN_KEY_LENGTH) {
            throw new IllegalStateException("VIGIL_PSEUDONYM_KEY must be at least " + MIN_KEY_LENGTH
                    + " characters long");
        } else {
            this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        }
    }

    /**
     * A key of its own for another purpose (such as signing the TAXII collections' {@code next}), derived from the
     * pseudonyms' key so that it is as stable across starts and instances as they are, and never equal to it.
     */
    public SecretKeySpec derivedKey(String purpose) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return new SecretKeySpec(mac.doFinal(("vigil-derived-key:" + purpose).getBytes(StandardCharsets.UTF_8)),
                    "HmacSHA256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** The hospital's pseudonym, such as {@code P-3FA9C1D2E4B7}. */
    public String of(String hospitalId) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal(hospitalId.getBytes(StandardCharsets.UTF_8));
            return "P-" + HexFormat.of().formatHex(digest, 0, 6).toUpperCase(Locale.ROOT);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
