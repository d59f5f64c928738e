package eu.vigil.contracts.incident;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import eu.vigil.contracts.Codes;

/**
 * The handling phase of an incident, in the order incident handling moves through them (NIST SP 800-61). An
 * incident moves forward, possibly skipping phases; going back needs a reopen with a reason.
 */
public enum Phase {
    DETECTION, ANALYSIS, CONTAINMENT, ERADICATION, RECOVERY, CLOSED;

    @JsonValue
    public String code() {
        return Codes.of(this);
    }

    public boolean isBefore(Phase other) {
        return compareTo(other) < 0;
    }

    @JsonCreator
    public static Phase fromCode(String code) {
        return Codes.parse(Phase.class, code, Phase::code);
    }
}
