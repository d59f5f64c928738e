package eu.vigil.notifier.obligation;

import eu.vigil.contracts.notification.ObligationStatus;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.drill.Exercise;
import eu.vigil.notifier.rules.EuZones;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads {@code notification.obligation}, which only {@link ObligationProjection} writes (and a drill's deletion removes:
 * {@link DrillObligations}).
 */
@Repository
public class ObligationView {

    private static final String COLUMNS = """
            obligation_id, incident_id, hospital_id, rule_id, regime, title, recipient_kind, authority, legal_basis,
            source, jurisdiction, baseline_fallback, triggered_at, due_at, time_zone, significance_undecided, status,
            extract(epoch from last_reminder_lead)::bigint as last_reminder_seconds, submitted_at, reference, reason,
            updated_at, basis,
            (select s.drill_id from notification.seen_incident s where s.incident_id = obligation.incident_id)
                as drill_id,
            (select s.drill_scale from notification.seen_incident s where s.incident_id = obligation.incident_id)
                as drill_scale""";
    private static final List<String> RUNNING = List.of(ObligationStatus.OPEN.code(), ObligationStatus.LATE.code());

    private final JdbcClient jdbc;

    ObligationView(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ObligationRow> find(UUID obligationId) {
        return jdbc.sql("select " + COLUMNS + " from notification.obligation where obligation_id = :id")
                .param("id", obligationId).query(ObligationView::row).optional();
    }

    /** Every obligation of a hospital that is not withdrawn: the running ones first, by due instant. */
    public List<ObligationRow> ofHospital(HospitalId hospital) {
        return jdbc.sql("select " + COLUMNS + """
                         from notification.obligation
                        where hospital_id = :hospital and status <> 'withdrawn'
                        order by status not in ('open', 'late'), due_at nulls last, triggered_at, title""")
                .param("hospital", hospital.value()).query(ObligationView::row).list();
    }

    public List<ObligationRow> ofIncident(IncidentId incident) {
        return jdbc.sql("select " + COLUMNS + """
                         from notification.obligation where incident_id = :incident
                        order by triggered_at, due_at nulls last, title""")
                .param("incident", incident.value()).query(ObligationView::row).list();
    }

    /** The open and late obligations of a hospital, for the calendar. */
    public List<ObligationRow> runningOfHospital(HospitalId hospital) {
        return jdbc.sql("select " + COLUMNS + """
                         from notification.obligation
                        where hospital_id = :hospital and status in (:running)
                        order by due_at nulls last, title""")
                .param("hospital", hospital.value()).param("running", RUNNING)
                .query(ObligationView::row).list();
    }

    List<ObligationRow> running(IncidentId incident) {
        return jdbc.sql("select " + COLUMNS + " from notification.obligation where incident_id = :incident and status in (:running)")
                .param("incident", incident.value()).param("running", RUNNING)
                .query(ObligationView::row).list();
    }

    List<ObligationRow> running(IncidentId incident, String regime) {
        return running(incident).stream().filter(row -> row.regime().equals(regime)).toList();
    }

    /** What a submission named of what was sent; empty before the submission or when it named nothing. */
    public Optional<SentDraft> sentDraft(UUID obligationId) {
        return jdbc.sql("""
                        select submitted_draft_version, submitted_draft_digest, submission_channel
                          from notification.obligation
                         where obligation_id = :id and (submitted_draft_version is not null
                               or submission_channel is not null)""")
                .param("id", obligationId)
                .query((row, n) -> new SentDraft((Integer) row.getObject("submitted_draft_version"),
                        row.getString("submitted_draft_digest"), row.getString("submission_channel")))
                .optional();
    }

    private static ObligationRow row(ResultSet row, int rowNumber) throws SQLException {
        long reminderSeconds = row.getLong("last_reminder_seconds");
        Duration lastReminder = row.wasNull() ? null : Duration.ofSeconds(reminderSeconds);
        return new ObligationRow(row.getObject("obligation_id", UUID.class),
                new IncidentId(row.getObject("incident_id", UUID.class)),
                HospitalId.of(row.getString("hospital_id")), row.getString("rule_id"), row.getString("regime"),
                row.getString("title"), row.getString("recipient_kind"), row.getString("authority"),
                row.getString("legal_basis"), row.getString("source"), row.getString("jurisdiction"),
                row.getBoolean("baseline_fallback"), instant(row, "triggered_at"), instant(row, "due_at"),
                EuZones.zoneOf(row.getString("time_zone")), row.getBoolean("significance_undecided"),
                ObligationStatus.valueOf(row.getString("status").toUpperCase().replace('-', '_')),
                lastReminder, instant(row, "submitted_at"), row.getString("reference"), row.getString("reason"),
                instant(row, "updated_at"), row.getString("basis"), exercise(row));
    }

    // the incident's fold marks a drill's incident (ADR 0022); the seen incident keeps the mark beside its row
    private static Exercise exercise(ResultSet row) throws SQLException {
        UUID drill = row.getObject("drill_id", UUID.class);
        return drill == null ? null : new Exercise(drill, row.getInt("drill_scale"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp value = row.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
