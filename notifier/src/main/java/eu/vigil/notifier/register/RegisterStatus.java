package eu.vigil.notifier.register;

import eu.vigil.contracts.Codes;
import eu.vigil.contracts.notification.ObligationStatus;

import java.util.Arrays;
import java.util.Optional;

/** Whether a breach was notified to the supervisory authority (GDPR Art. 33(1)), as the register's filter reads it. */
public enum RegisterStatus {
    NOTIFIED, NOT_NOTIFIED, PENDING;

    public String code() {
        return Codes.of(this);
    }

    public static Optional<RegisterStatus> byCode(String code) {
        return Arrays.stream(values()).filter(status -> status.code().equals(code)).findFirst();
    }

    /** A breach whose notification obligation is not there yet is pending: its clock is being opened. */
    static RegisterStatus of(ObligationStatus notification) {
        if (notification == ObligationStatus.SUBMITTED) {
            return NOTIFIED;
        }
        return notification == ObligationStatus.NOT_REQUIRED ? NOT_NOTIFIED : PENDING;
    }
}
