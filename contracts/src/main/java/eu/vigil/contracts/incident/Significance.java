package eu.vigil.contracts.incident;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import eu.vigil.contracts.Codes;

/** Whether the incident is significant under NIS2 Art. 23(3); undecided still runs the NIS2 clocks. */
public enum Significance {
    YES, NO, UNDECIDED;

    @JsonValue
    public String code() {
        return Codes.of(this);
    }

    @JsonCreator
    public static Significance fromCode(String code) {
        return Codes.parse(Significance.class, code, Significance::code);
    }
}
