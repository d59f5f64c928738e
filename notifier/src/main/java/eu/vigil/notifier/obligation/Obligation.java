package eu.vigil.notifier.obligation;

import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.notification.ObligationStatus;
import eu.vigil.contracts.notification.DeadlineMissed;
import eu.vigil.contracts.notification.DraftApproved;
import eu.vigil.contracts.notification.DraftSaved;
import eu.vigil.contracts.notification.NotificationEvent;
import eu.vigil.contracts.notification.ObligationDeclaredNotRequired;
import eu.vigil.contracts.notification.ObligationDueMoved;
import eu.vigil.contracts.notification.ObligationOpened;
import eu.vigil.contracts.notification.ObligationReinstated;
import eu.vigil.contracts.notification.ObligationSubmitted;
import eu.vigil.contracts.notification.ObligationWithdrawn;
import eu.vigil.contracts.notification.ReceiptAttached;
import eu.vigil.contracts.notification.ReminderTriggered;
import eu.vigil.contracts.notification.SignificanceConfirmed;
import eu.vigil.contracts.HospitalId;
import eu.vigil.eventstore.hashchain.HashChain;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.messaging.interceptors.MessageHandlerInterceptor;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One duty of a hospital for an incident. Reminders and the due instant are deadlines on Axon's DeadlineManager
 * (persisted by db-scheduler): they fire after a restart if they fell due while the notifier was down. A deadline
 * may also fire twice (the scheduler retries an execution it did not see finish), or after the due instant moved:
 * each handler therefore acts only on the current due instant and only once per reminder point.
 */
@Aggregate
class Obligation {

    static final String REMINDER = "obligation-reminder";
    static final String DUE = "obligation-due";

    @AggregateIdentifier
    private UUID id;
    private IncidentId incidentId;
    private HospitalId hospitalId;
    private ObligationStatus status;
    private Instant triggeredAt;
    private Instant dueAt;
    private String timeZone;
    private String authority;
    private boolean significanceUndecided;
    private final Set<Duration> remindedFor = new HashSet<>();
    private final DraftRecord draft = new DraftRecord();
    private String chainHead = HashChain.GENESIS;
    private long lastSequence = -1;

    protected Obligation() {} // Axon rebuilds the aggregate from its events; CREATE_IF_MISSING starts here too

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(OpenObligation command, DeadlineManager deadlines, ReminderPlans plans) {
        if (id == null) {
            var terms = command.terms();
            record(new ObligationOpened(command.obligationId(), terms.incidentId(), terms.hospitalId(),
                    terms.ruleId(), terms.regime(), terms.title(), terms.recipientKind(), terms.authority(),
                    terms.legalBasis(), terms.source(), terms.jurisdiction(), terms.ruleVersion(),
                    terms.baselineFallback(), command.triggeredAt(), command.dueAt(), terms.timeZone(),
                    command.significanceUndecided(), terms.basis()));
            schedule(deadlines, plans);
        } else if (status == ObligationStatus.WITHDRAWN) {
            record(new ObligationReinstated(id, command.triggeredAt(), command.dueAt(),
                    command.significanceUndecided()));
            schedule(deadlines, plans);
        } else if (significanceUndecided && !command.significanceUndecided()) {
            record(new SignificanceConfirmed(id));
        } // else: already open as asked, as when the same incident event is delivered again
    }

    @CommandHandler
    void handle(MoveDue command, DeadlineManager deadlines, ReminderPlans plans) {
        if (!status.isRunning() || Objects.equals(command.dueAt(), dueAt)) {
            return; // a submitted report is not affected, and an unchanged instant records nothing
        }
        record(new ObligationDueMoved(id, command.triggeredAt(), command.dueAt(), command.reason(), null, null));
        schedule(deadlines, plans);
    }

    @CommandHandler
    void handle(ApplyProfile command, DeadlineManager deadlines, ReminderPlans plans) {
        boolean dueMoves = !Objects.equals(command.dueAt(), dueAt);
        if (!status.isRunning() || !dueMoves && command.timeZone().equals(timeZone)
                && Objects.equals(command.authority(), authority)) {
            return; // a submitted report is not affected, and a profile saved again records nothing
        }
        record(new ObligationDueMoved(id, triggeredAt, command.dueAt(), command.reason(), command.timeZone(),
                Objects.equals(command.authority(), authority) ? null : command.authority()));
        if (dueMoves) {
            schedule(deadlines, plans);
        }
    }

    @CommandHandler
    void handle(SubmitObligation command) {
        requireRunning();
        if (command.submittedAt().isAfter(now())) {
            throw ObligationRuleException.submittedInFuture(command.submittedAt());
        }
        boolean late = dueAt != null && command.submittedAt().isAfter(dueAt);
        String reasonForDelay = blankToNull(command.reasonForDelay());
        if (late && reasonForDelay == null) {
            throw ObligationRuleException.reasonForDelayMissing();
        }
        String digest = command.draftVersion() == null ? null : draft.approvedDigest(command.draftVersion());
        record(new ObligationSubmitted(id, command.submittedAt(), blankToNull(command.reference()),
                late ? reasonForDelay : null, command.draftVersion(), digest, command.channel()));
    }

    @CommandHandler
    void handle(AttachReceipt command) {
        if (status != ObligationStatus.SUBMITTED) {
            throw ObligationRuleException.receiptBeforeSubmission();
        }
        record(new ReceiptAttached(id, command.fileName(), command.mediaType(), command.sizeBytes(), command.sha256(),
                command.attachedAt(), command.attachedBy()));
    }

    @CommandHandler
    void handle(SaveDraft command) {
        requireRunning();
        record(draft.save(command));
    }

    @CommandHandler
    void handle(ApproveDraft command) {
        requireRunning();
        record(draft.approve(command));
    }

    @CommandHandler
    void handle(DeclareNotRequired command) {
        requireRunning();
        String reason = blankToNull(command.reason());
        if (reason == null) {
            throw ObligationRuleException.reasonMissing();
        }
        record(new ObligationDeclaredNotRequired(id, reason));
    }

    @CommandHandler
    void handle(WithdrawObligation command) {
        if (status.isRunning()) {
            record(new ObligationWithdrawn(id, command.reason()));
        }
    }

    @DeadlineHandler(deadlineName = REMINDER)
    void on(ReminderDue reminder) {
        if (status == ObligationStatus.OPEN && reminder.dueAt().equals(dueAt)
                && !remindedFor.contains(reminder.leadTime())) {
            record(new ReminderTriggered(id, dueAt, reminder.leadTime()), byTheNotifier());
        }
    }

    @DeadlineHandler(deadlineName = DUE)
    void on(DueReached due) {
        if (status == ObligationStatus.OPEN && due.dueAt().equals(dueAt)) {
            record(new DeadlineMissed(id, dueAt), byTheNotifier());
        }
    }

    // Earlier deadlines are not cancelled when the due instant moves: db-scheduler can only cancel by scanning
    // every pending one. They fire, see another due instant, and do nothing.
    private void schedule(DeadlineManager deadlines, ReminderPlans plans) {
        if (dueAt == null) {
            return; // "without undue delay": shown as elapsed time, nothing to remind of at an instant
        }
        plans.of(incidentId).remindersAhead(dueAt, now()).forEach(reminder ->
                deadlines.schedule(dueAt.minus(reminder.leadTime()), REMINDER, reminder));
        deadlines.schedule(dueAt, DUE, new DueReached(dueAt));
    }

    private void record(NotificationEvent event) {
        record(event, MetaData.emptyInstance());
    }

    // ADR 0013: each event carries its link in the obligation's hash chain, as an incident's do
    private void record(NotificationEvent event, MetaData metaData) {
        apply(event, metaData.and(HashChain.KEY, HashChain.link(chainHead, lastSequence + 1, event)));
    }

    // Before every event-sourcing handler. An event stored before obligations were chained has no link: it is
    // chained as if it had one, so the first link stored covers it (eventstore-kit's ChainCheck does the same).
    @MessageHandlerInterceptor(messageType = EventMessage.class)
    void chain(NotificationEvent event, @MetaDataValue(HashChain.KEY) String chainHash, @SequenceNumber long sequence) {
        chainHead = chainHash != null ? chainHash : HashChain.link(chainHead, sequence, event);
        lastSequence = sequence;
    }

    // a deadline is no command: nobody's metadata comes with it, so its events say who acted themselves
    private MetaData byTheNotifier() {
        return ObligationMetaData.of(ObligationMetaData.NOTIFIER, hospitalId);
    }

    private void requireRunning() {
        if (!status.isRunning()) {
            throw ObligationRuleException.closed(status);
        }
    }

    private static Instant now() {
        return GenericEventMessage.clock.instant(); // the test fixture's givenCurrentTime sets this clock
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @EventSourcingHandler
    void on(ObligationOpened event) {
        id = event.obligationId();
        incidentId = event.incidentId();
        hospitalId = event.hospitalId();
        status = ObligationStatus.OPEN;
        triggeredAt = event.triggeredAt();
        dueAt = event.dueAt();
        timeZone = event.timeZone();
        authority = event.authority();
        significanceUndecided = event.significanceUndecided();
    }

    @EventSourcingHandler
    void on(ObligationReinstated event) {
        status = ObligationStatus.OPEN;
        triggeredAt = event.triggeredAt();
        dueAt = event.dueAt();
        significanceUndecided = event.significanceUndecided();
        remindedFor.clear();
    }

    @EventSourcingHandler
    void on(SignificanceConfirmed event) {
        significanceUndecided = false;
    }

    @EventSourcingHandler
    void on(ObligationDueMoved event) {
        triggeredAt = event.triggeredAt();
        timeZone = event.timeZone() != null ? event.timeZone() : timeZone;
        authority = event.authority() != null ? event.authority() : authority;
        if (Objects.equals(event.dueAt(), dueAt)) {
            return; // only the zone or the authority changed: reminders sent and lateness stand
        }
        dueAt = event.dueAt();
        remindedFor.clear();
        if (status == ObligationStatus.LATE) {
            status = ObligationStatus.OPEN; // the deadline scheduled at the new due instant decides again
        }
    }

    @EventSourcingHandler
    void on(ReminderTriggered event) {
        remindedFor.add(event.leadTime());
    }

    @EventSourcingHandler
    void on(DeadlineMissed event) {
        status = ObligationStatus.LATE;
    }

    @EventSourcingHandler
    void on(ObligationSubmitted event) {
        status = ObligationStatus.SUBMITTED;
    }

    @EventSourcingHandler
    void on(ObligationDeclaredNotRequired event) {
        status = ObligationStatus.NOT_REQUIRED;
    }

    @EventSourcingHandler
    void on(DraftSaved event) {
        draft.saved(event);
    }

    @EventSourcingHandler
    void on(DraftApproved event, @MetaDataValue(ObligationMetaData.ACTOR_ID) String approverId) {
        draft.approved(event, approverId);
    }

    @EventSourcingHandler
    void on(ObligationWithdrawn event) {
        status = ObligationStatus.WITHDRAWN;
    }
}
