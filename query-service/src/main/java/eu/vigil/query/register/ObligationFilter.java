package eu.vigil.query.register;

/** Which incidents the list keeps by their reports to authorities (query.obligation). */
public enum ObligationFilter {

    /** at least one report open or late */
    RUNNING("running"),
    /** at least one report late: recorded so, or open past its due instant */
    LATE("late");

    private final String code;

    ObligationFilter(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
