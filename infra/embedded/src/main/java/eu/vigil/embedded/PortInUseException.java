package eu.vigil.embedded;

/** A server was asked to listen on a port something else already holds; nothing was started. */
public class PortInUseException extends IllegalStateException {

    private final int port;

    public PortInUseException(int port, String server, String howToChange) {
        super("Port " + port + " for " + server + " is already taken by another process: " + howToChange
                + " to use a free port, or stop what listens on " + port);
        this.port = port;
    }

    public int port() {
        return port;
    }
}
