package eu.vigil.contracts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Locale;

/** An answer that is often not known yet in the first hours of an incident. Codes are stable. */
public enum YesNoUnknown {
    YES, NO, UNKNOWN;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException naming the accepted codes */
    @JsonCreator
    public static YesNoUnknown fromCode(String code) {
        return Arrays.stream(values())
                .filter(answer -> answer.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "'" + code + "' is not one of yes, no, unknown"));
    }
}
