package eu.vigil.contracts.drill;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.vigil.contracts.EventJson;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * A drill's record as the topics carry it (ADR 0023): the envelope's routing fields in the clear (event id, type,
 * schema version, aggregate, sequence, hospital, instant), and in their place of {@code actor} and {@code payload} the
 * drill's id ({@code drillId}) and both sealed with its key ({@code sealed}: base64 of a random 96-bit nonce followed
 * by the AES/GCM ciphertext and tag of {@code {"actor":…,"payload":…}}). The event id is bound to the ciphertext
 * (additional authenticated data), so a sealed part cannot be moved onto another record.
 * <p>
 * A record without {@code sealed} is in the clear, as every real incident's is: {@link #open} returns it unchanged.
 */
public final class DrillSeal {

    static final String DRILL_ID = "drillId";
    static final String SEALED = "sealed";
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ObjectMapper MAPPER = EventJson.mapper();
    // as the envelope's writer puts the field: a record without these bytes is in the clear, without parsing it
    private static final byte[] SEALED_FIELD = ("\"" + SEALED + "\":").getBytes(StandardCharsets.UTF_8);

    private DrillSeal() {
    }

    /** The envelope's JSON with its actor and payload sealed by the drill's key. */
    public static byte[] seal(byte[] envelopeJson, DrillKey key) {
        ObjectNode envelope = object(envelopeJson);
        if (envelope.has(SEALED)) {
            throw new IllegalArgumentException("The record is sealed already");
        }
        ObjectNode secret = MAPPER.createObjectNode();
        secret.set("actor", envelope.remove("actor"));
        secret.set("payload", envelope.remove("payload"));
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] ciphertext = crypt(Cipher.ENCRYPT_MODE, key, nonce, eventId(envelope), bytes(secret));
        envelope.put(DRILL_ID, key.drillId().toString());
        envelope.put(SEALED, Base64.getEncoder().encodeToString(
                ByteBuffer.allocate(nonce.length + ciphertext.length).put(nonce).put(ciphertext).array()));
        return bytes(envelope);
    }

    /** The drill whose key sealed the record; empty for a record in the clear (or one that is no JSON object). */
    public static Optional<UUID> drillOf(byte[] record) {
        if (record == null || !holds(record, SEALED_FIELD)) {
            return Optional.empty();
        }
        JsonNode tree;
        try {
            tree = MAPPER.readTree(record);
        } catch (IOException e) {
            return Optional.empty(); // not for this class to judge: the reader refuses it as unreadable
        }
        if (tree == null || !tree.hasNonNull(SEALED) || !tree.path(DRILL_ID).isTextual()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(tree.get(DRILL_ID).asText()));
        } catch (IllegalArgumentException e) {
            throw new TamperedRecordException("A sealed record names no drill id: " + prefix(tree.get(DRILL_ID)));
        }
    }

    /**
     * The envelope's JSON as it was before {@link #seal}: a record in the clear as it is.
     *
     * @throws TamperedRecordException when the key is not the record's drill's or the record was altered
     */
    public static byte[] open(byte[] record, DrillKey key) {
        ObjectNode envelope = object(record);
        if (!envelope.has(SEALED)) {
            return record;
        }
        if (!key.drillId().toString().equals(envelope.path(DRILL_ID).asText())) {
            throw new TamperedRecordException("The record is sealed by drill " + prefix(envelope.get(DRILL_ID))
                    + ", not by " + key.drillId());
        }
        byte[] sealed;
        try {
            sealed = Base64.getDecoder().decode(envelope.path(SEALED).asText());
        } catch (IllegalArgumentException e) {
            throw new TamperedRecordException("The sealed part is not base64");
        }
        if (sealed.length <= NONCE_BYTES) {
            throw new TamperedRecordException("The sealed part is too short");
        }
        byte[] nonce = Arrays.copyOf(sealed, NONCE_BYTES);
        byte[] ciphertext = Arrays.copyOfRange(sealed, NONCE_BYTES, sealed.length);
        JsonNode secret = object(crypt(Cipher.DECRYPT_MODE, key, nonce, eventId(envelope), ciphertext));
        envelope.remove(DRILL_ID);
        envelope.remove(SEALED);
        envelope.set("actor", secret.get("actor"));
        envelope.set("payload", secret.get("payload"));
        return bytes(envelope);
    }

    private static byte[] crypt(int mode, DrillKey key, byte[] nonce, byte[] associated, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(mode, key.secret(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associated);
            return cipher.doFinal(input);
        } catch (AEADBadTagException e) {
            throw new TamperedRecordException("The sealed part does not open with drill " + key.drillId() + "'s key");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/GCM failed", e);
        }
    }

    private static byte[] eventId(JsonNode envelope) {
        JsonNode eventId = envelope.get("eventId");
        if (eventId == null || !eventId.isTextual()) {
            throw new IllegalArgumentException("The envelope has no event id");
        }
        return eventId.asText().getBytes(StandardCharsets.UTF_8);
    }

    private static ObjectNode object(byte[] json) {
        try {
            JsonNode tree = MAPPER.readTree(json);
            if (tree instanceof ObjectNode object) {
                return object;
            }
        } catch (IOException e) {
            throw new EventJson.UnreadableEventException("Not a JSON envelope");
        }
        throw new EventJson.UnreadableEventException("Not a JSON object");
    }

    private static byte[] bytes(JsonNode tree) {
        try {
            return MAPPER.writeValueAsBytes(tree);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write a JSON tree", e);
        }
    }

    // on every record a consumer reads: a whole comparison only where the part's second byte (its first after the
    // quote that starts every JSON name and string) matches
    private static boolean holds(byte[] record, byte[] part) {
        for (int start = 0; start <= record.length - part.length; start++) {
            if (record[start + 1] == part[1]
                    && Arrays.equals(record, start, start + part.length, part, 0, part.length)) {
                return true;
            }
        }
        return false;
    }

    private static String prefix(JsonNode value) {
        String text = value == null ? "null" : value.toString();
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    /**
     * A sealed record that does not open: the wrong key, or altered on the way. Never a deleted drill's. Unreadable
     * for good, so a consumer parks it as it parks any unreadable record.
     */
    public static final class TamperedRecordException extends EventJson.UnreadableEventException {
        public TamperedRecordException(String message) {
            super(message);
        }
    }
}
