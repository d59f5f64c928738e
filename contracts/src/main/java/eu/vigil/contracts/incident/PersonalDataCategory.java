package eu.vigil.contracts.incident;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import eu.vigil.contracts.Codes;

/** A category of personal data in a breach (GDPR Art. 33(3)(a)); health data is a special category (Art. 9). */
public enum PersonalDataCategory {
    HEALTH_DATA, IDENTIFIERS, CONTACT_DATA, FINANCIAL_DATA, OTHER;

    @JsonValue
    public String code() {
        return Codes.of(this);
    }

    @JsonCreator
    public static PersonalDataCategory fromCode(String code) {
        return Codes.parse(PersonalDataCategory.class, code, PersonalDataCategory::code);
    }
}
