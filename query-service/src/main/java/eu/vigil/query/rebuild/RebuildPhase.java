package eu.vigil.query.rebuild;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where a rebuild is: each phase's code names its text in the bundles ({@code rebuild.phase.<code>}). */
public enum RebuildPhase {
    /** Reading the topic from its first record into the new tables, while the live ones answer. */
    COPYING("copying"),
    /** Waiting until the live projection has applied at least as much as was copied. */
    WAITING_FOR_LIVE("waiting-for-live"),
    /** The live projection paused for a moment: the new tables take the records it applied meanwhile. */
    CATCHING_UP("catching-up"),
    DONE("done"),
    FAILED("failed");

    private final String code;

    RebuildPhase(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public boolean running() {
        return this != DONE && this != FAILED;
    }
}
