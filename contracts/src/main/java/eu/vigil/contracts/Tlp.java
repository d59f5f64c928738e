package eu.vigil.contracts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A Traffic Light Protocol 2.0 label (FIRST, effective August 2022). The code is the value of MISP's {@code tlp}
 * machine tag; {@link #label()} is how FIRST writes it. The source sets the label; only the source may loosen it.
 */
public enum Tlp {
    /** For the eyes and ears of individual recipients only: never leaves the hospital in Vigil. */
    RED("red", "TLP:RED"),
    AMBER_STRICT("amber+strict", "TLP:AMBER+STRICT"),
    AMBER("amber", "TLP:AMBER"),
    GREEN("green", "TLP:GREEN"),
    CLEAR("clear", "TLP:CLEAR");

    private final String code;
    private final String label;

    Tlp(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** Whether this label lets information travel beyond the hospital to the sector CERT. */
    public boolean shareable() {
        return this != RED;
    }

    @JsonCreator
    public static Tlp fromCode(String code) {
        return Codes.parse(Tlp.class, code, Tlp::code);
    }
}
