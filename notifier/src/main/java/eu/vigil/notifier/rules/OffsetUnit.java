package eu.vigil.notifier.rules;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import eu.vigil.contracts.Codes;

/** How a deadline's period is counted: elapsed hours, calendar months, working days, a date the authority sets, or no number at all (without undue delay). */
public enum OffsetUnit {
    HOURS, MONTHS, WORKING_DAYS, AS_REQUESTED, WITHOUT_UNDUE_DELAY;

    @JsonValue
    public String code() {
        return Codes.of(this);
    }

    @JsonCreator
    public static OffsetUnit fromCode(String code) {
        return Codes.parse(OffsetUnit.class, code, OffsetUnit::code);
    }
}
