package eu.vigil.contracts.incident;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import eu.vigil.contracts.Codes;

/** The type of an indicator of compromise; each has its own syntax and normal form. */
public enum IndicatorType {
    IPV4, IPV6, CIDR, DOMAIN, URL, MD5, SHA1, SHA256, EMAIL, FILE_NAME;

    @JsonValue
    public String code() {
        return Codes.of(this);
    }

    @JsonCreator
    public static IndicatorType fromCode(String code) {
        return Codes.parse(IndicatorType.class, code, IndicatorType::code);
    }
}
