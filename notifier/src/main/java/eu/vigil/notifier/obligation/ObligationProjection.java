package eu.vigil.notifier.obligation;

import eu.vigil.contracts.notification.DeadlineMissed;
import eu.vigil.contracts.notification.ObligationDeclaredNotRequired;
import eu.vigil.contracts.notification.ObligationDueMoved;
import eu.vigil.contracts.notification.ObligationOpened;
import eu.vigil.contracts.notification.ObligationReinstated;
import eu.vigil.contracts.notification.ObligationSubmitted;
import eu.vigil.contracts.notification.ObligationWithdrawn;
import eu.vigil.contracts.notification.ReminderTriggered;
import eu.vigil.contracts.notification.SignificanceConfirmed;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Keeps {@code notification.obligation} in the same transaction as the events (a subscribing processor): the
 * board and the rules that look for running obligations never read a state behind the event store.
 */
@Component
@ProcessingGroup(ObligationProjection.PROCESSING_GROUP)
public class ObligationProjection {

    public static final String PROCESSING_GROUP = "obligation-view";

    private final JdbcClient jdbc;

    ObligationProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ObligationOpened e, @Timestamp Instant at) {
        jdbc.sql("""
                insert into notification.obligation (obligation_id, incident_id, hospital_id, rule_id, regime, title,
                       recipient_kind, authority, legal_basis, source, jurisdiction, rule_version, baseline_fallback,
                       triggered_at, due_at, time_zone, significance_undecided, status, opened_at, updated_at, basis)
                values (:id, :incident, :hospital, :rule, :regime, :title, :recipient, :authority, :legalBasis,
                        :source, :jurisdiction, :ruleVersion, :fallback, :triggeredAt, :dueAt, :zone, :undecided,
                        'open', :at, :at, :basis)""")
                .param("id", e.obligationId()).param("incident", e.incidentId().value())
                .param("hospital", e.hospitalId().value()).param("rule", e.ruleId()).param("regime", e.regime())
                .param("title", e.title()).param("recipient", e.recipientKind()).param("authority", e.authority())
                .param("legalBasis", e.legalBasis()).param("source", String.valueOf(e.source()))
                .param("jurisdiction", e.jurisdiction()).param("ruleVersion", e.ruleVersion())
                .param("fallback", e.baselineFallback()).param("triggeredAt", utc(e.triggeredAt()))
                .param("dueAt", utc(e.dueAt())).param("zone", e.timeZone())
                .param("undecided", e.significanceUndecided()).param("at", utc(at)).param("basis", e.basis())
                .update();
    }

    @EventHandler
    void on(ObligationReinstated e, @Timestamp Instant at) {
        update(e.obligationId(), at, """
                status = 'open', triggered_at = :triggeredAt, due_at = :dueAt, significance_undecided = :undecided,
                last_reminder_lead = null, reason = null""", statement -> statement
                .param("triggeredAt", utc(e.triggeredAt())).param("dueAt", utc(e.dueAt()))
                .param("undecided", e.significanceUndecided()));
    }

    @EventHandler
    void on(SignificanceConfirmed e, @Timestamp Instant at) {
        update(e.obligationId(), at, "significance_undecided = false", statement -> statement);
    }

    @EventHandler
    void on(ObligationDueMoved e, @Timestamp Instant at) {
        // a profile saved may change only the zone or the authority: reminders sent and lateness then stand
        update(e.obligationId(), at, """
                triggered_at = :triggeredAt, due_at = :dueAt,
                last_reminder_lead = case when due_at is distinct from cast(:dueAt as timestamptz) then null
                                          else last_reminder_lead end,
                status = case when status = 'late' and due_at is distinct from cast(:dueAt as timestamptz) then 'open'
                              else status end,
                time_zone = coalesce(:zone, time_zone), authority = coalesce(:authority, authority)""",
                statement -> statement
                .param("triggeredAt", utc(e.triggeredAt())).param("dueAt", utc(e.dueAt()))
                .param("zone", e.timeZone()).param("authority", e.authority()));
    }

    @EventHandler
    void on(ReminderTriggered e, @Timestamp Instant at) {
        update(e.obligationId(), at, "last_reminder_lead = make_interval(secs => :seconds)",
                statement -> statement.param("seconds", e.leadTime().toSeconds()));
    }

    @EventHandler
    void on(DeadlineMissed e, @Timestamp Instant at) {
        update(e.obligationId(), at, "status = 'late'", statement -> statement);
    }

    @EventHandler
    void on(ObligationSubmitted e, @Timestamp Instant at) {
        update(e.obligationId(), at, """
                status = 'submitted', submitted_at = :submittedAt, reference = :reference, reason = :reason,
                submitted_draft_version = :version, submitted_draft_digest = :digest, submission_channel = :channel""",
                statement -> statement.param("submittedAt", utc(e.submittedAt()))
                        .param("reference", e.reference()).param("reason", e.reasonForDelay())
                        .param("version", e.draftVersion()).param("digest", e.draftDigest())
                        .param("channel", e.channel()));
    }

    @EventHandler
    void on(ObligationDeclaredNotRequired e, @Timestamp Instant at) {
        update(e.obligationId(), at, "status = 'not-required', reason = :reason",
                statement -> statement.param("reason", e.reason()));
    }

    @EventHandler
    void on(ObligationWithdrawn e, @Timestamp Instant at) {
        update(e.obligationId(), at, "status = 'withdrawn', reason = :reason",
                statement -> statement.param("reason", e.reason()));
    }

    private void update(UUID id, Instant at, String assignments,
                        java.util.function.UnaryOperator<JdbcClient.StatementSpec> parameters) {
        parameters.apply(jdbc.sql("update notification.obligation set " + assignments
                        + ", updated_at = :at where obligation_id = :id"))
                .param("id", id).param("at", utc(at))
                .update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
