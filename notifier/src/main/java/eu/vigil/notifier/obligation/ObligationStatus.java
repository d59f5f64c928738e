package eu.vigil.notifier.obligation;

import eu.vigil.contracts.Codes;

/** Where an obligation stands; drafted and approved come with the report drafts. */
public enum ObligationStatus {
    OPEN, LATE, SUBMITTED, NOT_REQUIRED, WITHDRAWN;

    public String code() {
        return Codes.of(this);
    }

    public boolean isRunning() {
        return this == OPEN || this == LATE;
    }
}
