package eu.vigil.notifier.rules;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import eu.vigil.contracts.Codes;

/** Who a report goes to. */
public enum RecipientKind {
    CSIRT, DATA_PROTECTION_AUTHORITY, DATA_SUBJECTS, SERVICE_RECIPIENTS, INTERNAL_REGISTER;

    @JsonValue
    public String code() {
        return Codes.of(this);
    }

    @JsonCreator
    public static RecipientKind fromCode(String code) {
        return Codes.parse(RecipientKind.class, code, RecipientKind::code);
    }
}
