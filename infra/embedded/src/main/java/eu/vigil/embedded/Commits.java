package eu.vigil.embedded;

/** Whether PostgreSQL answers a commit only once it is on disk. */
public enum Commits {

    /**
     * {@code synchronous_commit=on}, {@code fsync=on}: a commit that was answered survives a crash or a power cut.
     * What a hospital's one-command install needs.
     */
    DURABLE("on"),

    /**
     * {@code synchronous_commit=off} (zonky's default): a commit is answered before its WAL reaches the disk, so a
     * crash or power cut can lose the last commits (up to about 0.6 s), though never corrupt the database. For tests
     * and demos.
     */
    FAST_UNSAFE("off");

    private final String synchronousCommit;

    Commits(String synchronousCommit) {
        this.synchronousCommit = synchronousCommit;
    }

    /** The value of PostgreSQL's {@code synchronous_commit}. */
    public String synchronousCommit() {
        return synchronousCommit;
    }
}
