package eu.vigil.contracts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

import static com.fasterxml.jackson.annotation.JsonCreator.Mode.DELEGATING;

/** Identifies one incident across every service; its JSON form is the bare UUID string. */
public record IncidentId(UUID value) {

    public IncidentId {
        Objects.requireNonNull(value, "value");
    }

    public static IncidentId generate() {
        return new IncidentId(UUID.randomUUID());
    }

    @JsonCreator(mode = DELEGATING)
    public static IncidentId of(String value) {
        return new IncidentId(UUID.fromString(value));
    }

    // Axon stores toString() as the aggregate identifier: it must be the bare UUID.
    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
