package eu.vigil.contracts.incident;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import eu.vigil.contracts.Codes;

/** How badly the incident hurts the hospital, as the security officer judges it. */
public enum Severity {
    LOW, MEDIUM, HIGH, CRITICAL;

    @JsonValue
    public String code() {
        return Codes.of(this);
    }

    @JsonCreator
    public static Severity fromCode(String code) {
        return Codes.parse(Severity.class, code, Severity::code);
    }
}
