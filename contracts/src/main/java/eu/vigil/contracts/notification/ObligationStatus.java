package eu.vigil.contracts.notification;

import com.fasterxml.jackson.annotation.JsonValue;
import eu.vigil.contracts.Codes;

import java.time.Instant;

/** Where an obligation stands, as its events tell it ({@link ObligationState#status()}). */
public enum ObligationStatus {
    OPEN, LATE, SUBMITTED, NOT_REQUIRED, WITHDRAWN;

    @JsonValue
    public String code() {
        return Codes.of(this);
    }

    public boolean isRunning() {
        return this == OPEN || this == LATE;
    }

    /**
     * The status as a person must read it now: a running obligation whose due instant has passed is late even
     * before the notifier's deadline fires and records it.
     */
    public ObligationStatus at(Instant dueAt, Instant now) {
        return this == OPEN && dueAt != null && !dueAt.isAfter(now) ? LATE : this;
    }
}
