package eu.vigil.query.rebuild;

import java.util.List;

/** No read model of this name: the message names the ones there are. */
public class UnknownReadModelException extends RuntimeException {

    private final List<String> known;

    UnknownReadModelException(String readModel, List<String> known) {
        super("No read model " + readModel + "; this service has " + String.join(", ", known));
        this.known = known;
    }

    public List<String> known() {
        return known;
    }
}
