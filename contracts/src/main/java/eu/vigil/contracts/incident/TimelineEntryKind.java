package eu.vigil.contracts.incident;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import eu.vigil.contracts.Codes;

/** What a timeline entry records. */
public enum TimelineEntryKind {
    OBSERVATION, ACTION, DECISION, COMMUNICATION;

    @JsonValue
    public String code() {
        return Codes.of(this);
    }

    @JsonCreator
    public static TimelineEntryKind fromCode(String code) {
        return Codes.parse(TimelineEntryKind.class, code, TimelineEntryKind::code);
    }
}
