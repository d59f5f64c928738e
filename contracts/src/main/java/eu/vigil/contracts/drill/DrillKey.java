package eu.vigil.contracts.drill;

import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;
import java.util.UUID;

/**
 * The AES-256 key that seals a drill's records on the topics (ADR 0023). Deleting a drill destroys it: what stays on
 * the broker can then be read by no one. On {@code vigil.drill-keys} the record key is the drill id and the value the
 * key's 32 bytes; a tombstone (null value) is the deletion.
 */
public record DrillKey(UUID drillId, SecretKey secret) {

    static final String ALGORITHM = "AES";
    private static final int BYTES = 32;

    public DrillKey {
        Objects.requireNonNull(drillId, "drillId");
        Objects.requireNonNull(secret, "secret");
        if (!ALGORITHM.equals(secret.getAlgorithm()) || secret.getEncoded().length != BYTES) {
            throw new IllegalArgumentException("A drill key is an AES key of 256 bits");
        }
    }

    /** A fresh key from the JDK's strong random source, for a drill that starts. */
    public static DrillKey generate(UUID drillId) {
        try {
            KeyGenerator generator = KeyGenerator.getInstance(ALGORITHM);
            generator.init(BYTES * 8);
            return new DrillKey(drillId, generator.generateKey());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This JDK has no AES", e);
        }
    }

    /** The key as the key topic's record value and a store's column hold it. */
    public byte[] bytes() {
        return secret.getEncoded();
    }

    /** A key read back from the key topic or a store. */
    public static DrillKey of(UUID drillId, byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length != BYTES) {
            throw new IllegalArgumentException("A drill key has " + BYTES + " bytes, not " + bytes.length);
        }
        return new DrillKey(drillId, new SecretKeySpec(bytes, ALGORITHM));
    }

    @Override
    public String toString() {
        return "DrillKey[" + drillId + "]"; // never the secret, in a log or an exception
    }
}
