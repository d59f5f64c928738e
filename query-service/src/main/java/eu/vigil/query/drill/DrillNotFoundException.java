package eu.vigil.query.drill;

import java.util.UUID;

/** No drill of the caller's hospital has this id: another hospital's is not found either. */
public class DrillNotFoundException extends RuntimeException {

    private final UUID drillId;

    public DrillNotFoundException(UUID drillId) {
        super("No drill " + drillId);
        this.drillId = drillId;
    }

    public UUID drillId() {
        return drillId;
    }
}
