package eu.vigil.contracts.notification;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.UUID;

/** An event of one obligation, published on {@code vigil.notification-events} keyed by obligation id. */
public sealed interface NotificationEvent permits ObligationOpened, ObligationDueMoved, SignificanceConfirmed,
        ReminderTriggered, DeadlineMissed, ObligationSubmitted, ObligationDeclaredNotRequired, ObligationWithdrawn,
        ObligationReinstated, DraftSaved, DraftApproved, ReceiptAttached {

    UUID obligationId();

    /** The payload's schema version, carried by the envelope. */
    @JsonIgnore
    default int schemaVersion() {
        return 1;
    }
}
