package eu.vigil.contracts.notification;

import java.time.Instant;
import java.util.List;

/**
 * An obligation as its events tell it: the one fold of every {@link NotificationEvent}, from which a service derives
 * its own view of the obligation (the read side's row, the incident page's list) instead of reading the events
 * itself. Immutable: {@link #apply} returns the next state.
 *
 * @param opened                the event that opened the obligation: its rule, incident, hospital and authority
 * @param status                where it stands now
 * @param triggeredAt           the instant the clock runs from, as opened or last moved
 * @param dueAt                 the latest instant in UTC, as opened or last moved; null for "without undue delay"
 * @param timeZone              the hospital's zone, as opened or last moved by a profile
 * @param authority             the authority's name, as opened or last named by a profile; null when none is known
 * @param significanceUndecided a NIS2 obligation running while the incident's significance is not decided
 * @param remindersSent         how many reminders and escalations went out for the current due instant's clock
 * @param submission            the latest submission; null until submitted
 * @param reason                why it was declared not required or withdrawn; null otherwise
 * @param draftVersion          the latest saved draft version; 0 before any
 * @param approvedVersion       the latest version approved by as many people as the hospital requires; 0 before any
 * @param lastSequence          the sequence of the last event folded in, the first being 0; -1 before any
 */
public record ObligationState(ObligationOpened opened, ObligationStatus status, Instant triggeredAt, Instant dueAt,
                              String timeZone, String authority, boolean significanceUndecided, int remindersSent,
                              ObligationSubmitted submission, String reason, int draftVersion, int approvedVersion,
                              long lastSequence) {

    /** Before the opening: the state every fold starts from. */
    public static final ObligationState NONE = new ObligationState(null, null, null, null, null, null, false, 0,
            null, null, 0, 0, -1);

    /** The state after these events, oldest first. */
    public static ObligationState of(List<? extends NotificationEvent> oldestFirst) {
        var state = NONE;
        for (var event : oldestFirst) {
            state = state.apply(event);
        }
        return state;
    }

    /**
     * The state after one more event.
     *
     * @throws IllegalStateException for an event before the opening, or a second opening
     */
    // Java 17 has no pattern switch: ObligationStateTest walks every permitted type through this chain.
    public ObligationState apply(NotificationEvent event) {
        if ((opened == null) != (event instanceof ObligationOpened)) {
            throw new IllegalStateException(opened == null
                    ? "Event " + event.getClass().getSimpleName() + " of obligation " + event.obligationId()
                            + " comes before its opening"
                    : "Obligation " + event.obligationId() + " was opened already");
        }
        var next = new Next(this);
        if (event instanceof ObligationOpened e) {
            next.opened = e;
            next.status = ObligationStatus.OPEN;
            next.triggeredAt = e.triggeredAt();
            next.dueAt = e.dueAt();
            next.timeZone = e.timeZone();
            next.authority = e.authority();
            next.significanceUndecided = e.significanceUndecided();
        } else if (event instanceof ObligationDueMoved e) {
            boolean moved = e.dueAt() == null ? dueAt != null : !e.dueAt().equals(dueAt);
            // a profile saved may change only the zone or the authority: reminders sent and lateness then stand
            if (moved) {
                next.remindersSent = 0;
                next.status = status == ObligationStatus.LATE ? ObligationStatus.OPEN : status;
            }
            next.triggeredAt = e.triggeredAt();
            next.dueAt = e.dueAt();
            next.timeZone = e.timeZone() == null ? timeZone : e.timeZone();
            next.authority = e.authority() == null ? authority : e.authority();
        } else if (event instanceof SignificanceConfirmed) {
            next.significanceUndecided = false;
        } else if (event instanceof ReminderTriggered) {
            next.remindersSent = remindersSent + 1;
        } else if (event instanceof DeadlineMissed) {
            next.status = ObligationStatus.LATE;
        } else if (event instanceof ObligationSubmitted e) {
            next.status = ObligationStatus.SUBMITTED;
            next.submission = e;
        } else if (event instanceof ObligationDeclaredNotRequired e) {
            next.status = ObligationStatus.NOT_REQUIRED;
            next.reason = e.reason();
        } else if (event instanceof ObligationWithdrawn e) {
            next.status = ObligationStatus.WITHDRAWN;
            next.reason = e.reason();
        } else if (event instanceof ObligationReinstated e) {
            next.status = ObligationStatus.OPEN;
            next.triggeredAt = e.triggeredAt();
            next.dueAt = e.dueAt();
            next.significanceUndecided = e.significanceUndecided();
            next.remindersSent = 0;
            next.reason = null;
        } else if (event instanceof DraftSaved e) {
            next.draftVersion = e.version();
        } else if (event instanceof DraftApproved e) {
            next.approvedVersion = e.complete() ? e.version() : approvedVersion;
        } else if (!(event instanceof ReceiptAttached)) { // a receipt changes nothing of where it stands
            throw new IllegalArgumentException("No fold for " + event.getClass().getName());
        }
        return next.state();
    }

    // the next state as apply builds it: a copy of this one with what the event changes
    private static final class Next {
        private ObligationOpened opened;
        private ObligationStatus status;
        private Instant triggeredAt;
        private Instant dueAt;
        private String timeZone;
        private String authority;
        private boolean significanceUndecided;
        private int remindersSent;
        private ObligationSubmitted submission;
        private String reason;
        private int draftVersion;
        private int approvedVersion;
        private final long lastSequence;

        Next(ObligationState from) {
            opened = from.opened;
            status = from.status;
            triggeredAt = from.triggeredAt;
            dueAt = from.dueAt;
            timeZone = from.timeZone;
            authority = from.authority;
            significanceUndecided = from.significanceUndecided;
            remindersSent = from.remindersSent;
            submission = from.submission;
            reason = from.reason;
            draftVersion = from.draftVersion;
            approvedVersion = from.approvedVersion;
            lastSequence = from.lastSequence + 1;
        }

        ObligationState state() {
            return new ObligationState(opened, status, triggeredAt, dueAt, timeZone, authority,
                    significanceUndecided, remindersSent, submission, reason, draftVersion, approvedVersion,
                    lastSequence);
        }
    }
}
