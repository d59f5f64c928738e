package eu.vigil.notifier.rules;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import eu.vigil.contracts.Codes;

/** The event a deadline runs from. */
public enum Trigger {
    AWARENESS, PERSONAL_DATA_AWARENESS, HIGH_RISK_DECIDED, AUTHORITY_REQUEST, NOTIFICATION_SUBMITTED, HANDLING_CONCLUDED, IMPACT_ENDED, END_OF_IMPACT_COMMUNICATED;

    @JsonValue
    public String code() {
        return Codes.of(this);
    }

    @JsonCreator
    public static Trigger fromCode(String code) {
        return Codes.parse(Trigger.class, code, Trigger::code);
    }
}
