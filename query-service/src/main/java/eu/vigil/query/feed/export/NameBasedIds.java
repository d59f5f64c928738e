package eu.vigil.query.feed.export;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Name-based UUIDs, version 5 (RFC 9562 §5.5): the same name always gives the same id, so a share exported twice
 * gives the same STIX ids and MISP uuids and a consumer updates what it holds instead of duplicating it.
 */
final class NameBasedIds {

    /** Vigil's own namespace: the version 5 UUID of {@code urn:vigil:cert-feed} in the URL namespace. */
    static final UUID VIGIL = v5(UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8"), "urn:vigil:cert-feed");

    private NameBasedIds() {
    }

    static UUID of(String name) {
        return v5(VIGIL, name);
    }

    static UUID v5(UUID namespace, String name) {
        MessageDigest sha1;
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every JDK", e);
        }
        sha1.update(ByteBuffer.allocate(16).putLong(namespace.getMostSignificantBits())
                .putLong(namespace.getLeastSignificantBits()).array());
        byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
        hash[6] = (byte) ((hash[6] & 0x0f) | 0x50); // version 5
        hash[8] = (byte) ((hash[8] & 0x3f) | 0x80); // IETF variant
        var bytes = ByteBuffer.wrap(hash, 0, 16);
        return new UUID(bytes.getLong(), bytes.getLong());
    }
}
