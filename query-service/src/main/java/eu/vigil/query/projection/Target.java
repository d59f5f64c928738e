package eu.vigil.query.projection;

/**
 * Where a projection writes: its live tables, which the pages read, or the new tables a rebuild fills beside them
 * ({@code <table>_rebuild}) until it swaps them in. Table names come only from the projections' own constants.
 */
public record Target(String suffix) {

    public static final Target LIVE = new Target("");
    public static final Target REBUILD = new Target("_rebuild");

    /** The qualified name of the projection's table in this target. */
    public String table(String name) {
        return "query." + name + suffix;
    }

    /** Whether open pages should hear of the change: only a live table's change is theirs. */
    public boolean live() {
        return suffix.isEmpty();
    }
}
