package eu.vigil.query.trends;

/** The trends' tables, each downloadable as CSV. */
public enum TrendTable {
    WEEKLY("weekly"), IMPACT("impact"), TIMELINESS("timeliness");

    private final String code;

    TrendTable(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
