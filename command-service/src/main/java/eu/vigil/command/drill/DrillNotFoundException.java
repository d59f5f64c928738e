package eu.vigil.command.drill;

import java.util.UUID;

/** No such drill in the sender's hospital: another hospital's drill is answered as an unknown one. */
public class DrillNotFoundException extends RuntimeException {

    public DrillNotFoundException(UUID drill) {
        super("No drill " + drill);
    }
}
