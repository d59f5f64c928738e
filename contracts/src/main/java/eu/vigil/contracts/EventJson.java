package eu.vigil.contracts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The JSON form of envelopes on Kafka. Readers tolerate fields they do not know, so that producers can add
 * fields before every consumer is upgraded.
 */
public final class EventJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private EventJson() {
    }

    /** A mapper configured as the envelopes are: ISO-8601 instants, unknown fields ignored. */
    public static ObjectMapper mapper() {
        return MAPPER.copy();
    }

    public static byte[] write(EventEnvelope<?> envelope) {
        try {
            return MAPPER.writeValueAsBytes(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write envelope of event " + envelope.eventId(), e);
        }
    }

    /**
     * Reads an envelope whose payload is one of the records permitted by {@code family}, a sealed interface
     * such as {@code IncidentEvent}; the envelope's {@code type} names the record.
     *
     * @throws UnreadableEventException when the bytes are not an envelope of that family
     */
    public static <E> EventEnvelope<E> read(byte[] json, Class<E> family) {
        JsonNode tree = parse(json);
        String type = text(tree, "type");
        Class<? extends E> payloadType = payloadTypes(family).get(type);
        if (payloadType == null) {
            throw new UnreadableEventException("Unknown " + family.getSimpleName() + " type '" + type + "'");
        }
        try {
            return new EventEnvelope<>(
                    UUID.fromString(text(tree, "eventId")),
                    type,
                    tree.path("schemaVersion").asInt(1),
                    text(tree, "aggregateId"),
                    tree.path("aggregateSequence").asLong(),
                    MAPPER.treeToValue(tree.get("hospitalId"), HospitalId.class),
                    MAPPER.treeToValue(tree.get("occurredAt"), java.time.Instant.class),
                    MAPPER.treeToValue(tree.get("actor"), Actor.class),
                    MAPPER.treeToValue(tree.get("payload"), payloadType));
        } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
            throw new UnreadableEventException("Malformed " + type + " envelope: " + e.getMessage(), e);
        }
    }

    /**
     * A payload stored on its own as {@link #writePayload} wrote it, such as a read model's copy of the event.
     *
     * @param type the record's simple name, as an envelope's {@code type} gives it
     * @throws UnreadableEventException when the type is not of the family or the JSON no longer reads as it
     */
    public static <E> E readPayload(String type, String json, Class<E> family) {
        Class<? extends E> payloadType = payloadTypes(family).get(type);
        if (payloadType == null) {
            throw new UnreadableEventException("Unknown " + family.getSimpleName() + " type '" + type + "'");
        }
        try {
            return MAPPER.readValue(json, payloadType);
        } catch (JsonProcessingException e) {
            throw new UnreadableEventException("Malformed " + type + ": " + e.getOriginalMessage(), e);
        }
    }

    /** A payload alone as JSON, for a read model that keeps the event it shows. */
    public static String writePayload(Object payload) {
        try {
            return MAPPER.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write " + typeOf(payload) + " as JSON", e);
        }
    }

    private static JsonNode parse(byte[] json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UnreadableEventException("Not JSON: " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode tree, String field) {
        JsonNode node = tree.get(field);
        if (node == null || !node.isTextual()) {
            throw new UnreadableEventException("Envelope field '" + field + "' is missing");
        }
        return node.asText();
    }

    @SuppressWarnings("unchecked")
    private static <E> Map<String, Class<? extends E>> payloadTypes(Class<E> family) {
        if (!family.isSealed()) {
            throw new IllegalArgumentException(family + " is not a sealed event family");
        }
        return Arrays.stream(family.getPermittedSubclasses())
                .collect(Collectors.toMap(Class::getSimpleName, type -> (Class<? extends E>) type,
                        (a, b) -> a, java.util.HashMap::new));
    }

    /** The type name an envelope carries for this payload. */
    public static String typeOf(Object payload) {
        return payload.getClass().getSimpleName();
    }

    /** Thrown for bytes that cannot be read as an envelope; a consumer parks such a record, never skips it silently. */
    public static class UnreadableEventException extends UncheckedIOException {
        public UnreadableEventException(String message) {
            super(message, new IOException(message));
        }

        UnreadableEventException(String message, Throwable cause) {
            super(message, cause instanceof IOException io ? io : new IOException(cause));
        }
    }
}
