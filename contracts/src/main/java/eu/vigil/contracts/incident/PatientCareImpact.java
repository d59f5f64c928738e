package eu.vigil.contracts.incident;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import eu.vigil.contracts.Codes;

/** The worst effect on patient care so far, in increasing order of gravity. */
public enum PatientCareImpact {
    NONE, DEGRADED, DIVERTED_PATIENTS, CANCELLED_PROCEDURES, HARM_SUSPECTED;

    @JsonValue
    public String code() {
        return Codes.of(this);
    }

    @JsonCreator
    public static PatientCareImpact fromCode(String code) {
        return Codes.parse(PatientCareImpact.class, code, PatientCareImpact::code);
    }
}
