package eu.vigil.eventstore.hashchain;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The link of one event in its aggregate's hash chain (command-service's incidents, the notifier's obligations):
 * SHA-256 over the previous link, the event's sequence, its type and its canonical JSON payload (properties sorted,
 * instants in ISO-8601, nulls left out, so that a field added to an event later, null in old events, leaves their
 * links as they were). Changing, removing or reordering any stored event breaks every later link.
 */
public final class HashChain {

    /** The metadata key under which each event carries its link. */
    public static final String KEY = "chainHash";

    /** The "previous link" of an aggregate's first event. */
    public static final String GENESIS = "0".repeat(64);

    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private HashChain() {
    }

    /**
     * @param previous the link of the event before (or {@link #GENESIS} for the aggregate's first)
     * @param sequence the event's sequence number in its aggregate
     * @param payload  the event, written in canonical JSON under its record's simple name
     */
    public static String link(String previous, long sequence, Object payload) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update((previous + '\n' + sequence + '\n' + payload.getClass().getSimpleName() + '\n')
                    .getBytes(StandardCharsets.UTF_8));
            digest.update(CANONICAL.writeValueAsBytes(payload));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write " + payload.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
