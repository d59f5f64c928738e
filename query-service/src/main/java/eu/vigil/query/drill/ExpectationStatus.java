package eu.vigil.query.drill;

import com.fasterxml.jackson.annotation.JsonValue;

/** How an expectation of the drill fared; the pages name each in words, by its code. */
public enum ExpectationStatus {
    /** Done by its due instant. */
    MET,
    /** Done after its due instant. */
    LATE,
    /** Not done, and its due instant passed or the drill ended. */
    MISSED,
    /** Not done yet, not due yet, and the drill still runs. */
    PENDING,
    /** Not done, and the drill ended before its inject was released: nobody was asked. */
    NOT_REACHED;

    @JsonValue
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
