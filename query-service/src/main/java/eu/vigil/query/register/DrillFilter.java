package eu.vigil.query.register;

/**
 * Which incidents of drills the list keeps (ADR 0022): a drill's incidents live in the same register as real ones,
 * so the list leaves them out unless asked for them.
 */
public enum DrillFilter {

    /** real incidents only: the default */
    HIDE("hide", "r.drill_id is null"),
    /** real incidents and drills' alike */
    SHOW("show", null),
    /** drills' incidents only */
    ONLY("only", "r.drill_id is not null");

    private final String code;
    private final String condition;

    DrillFilter(String code, String condition) {
        this.code = code;
        this.condition = condition;
    }

    public String code() {
        return code;
    }

    /** The SQL condition over the register row {@code r}; null when the filter keeps every row. */
    String condition() {
        return condition;
    }
}
