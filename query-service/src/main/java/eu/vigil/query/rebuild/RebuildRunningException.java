package eu.vigil.query.rebuild;

/** The read model is being rebuilt already: a second rebuild would only slow the first. */
public class RebuildRunningException extends RuntimeException {

    private final transient RebuildProgress running;

    RebuildRunningException(RebuildProgress running) {
        super("Read model " + running.readModel() + " is being rebuilt already");
        this.running = running;
    }

    public RebuildProgress running() {
        return running;
    }
}
