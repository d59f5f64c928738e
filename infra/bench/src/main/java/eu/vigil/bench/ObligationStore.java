package eu.vigil.bench;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * What the notifier holds for the incidents of the notifier phase, read from its schema in the run's database:
 * their obligations, how long each took to open, and the deadlines db-scheduler keeps.
 */
final class ObligationStore {

    /** GDPR Art. 33(1) notification and Art. 33(5) register entry: personal data "unknown" opens both. */
    static final int OBLIGATIONS_PER_INCIDENT = 2;
    /**
     * Per obligation with a due instant: a reminder at each of the notifier's default lead times (12 h, 4 h, 1 h;
     * all ahead when awareness was minutes ago) and the due instant itself.
     */
    static final int DEADLINES_PER_DUE_OBLIGATION = 4;
    private static final String PENDING_DEADLINES =
            "(select count(*) from notification.scheduled_tasks where task_name = 'AxonDeadline')";

    /** How far the notifier is with these incidents; pending deadlines count the whole table. */
    record Progress(long complete, long obligations, long dueObligations, long pendingDeadlines) {

        long expectedDeadlines() {
            return DEADLINES_PER_DUE_OBLIGATION * dueObligations;
        }
    }

    /** Milliseconds from IncidentReported's append to its incident's first obligation, over {@code incidents}. */
    record Lag(long incidents, double p50, double p90, double p99, double max, double min) {
    }

    /** db-scheduler's table: pending Axon deadlines, and its size with indexes and TOAST. */
    record Scheduler(long pendingDeadlines, long tableBytes) {
    }

    private final Database database;

    ObligationStore(Database database) {
        this.database = database;
    }

    Progress progress(List<String> incidents) throws SQLException {
        List<String> row = database.firstRow("""
                select count(*) filter (where obligations >= ?), coalesce(sum(obligations), 0), coalesce(sum(due), 0),
                       """ + PENDING_DEADLINES + """
                from (select count(*) as obligations, count(due_at) as due from notification.obligation
                      where incident_id = any(?::uuid[]) group by incident_id) per_incident""",
                OBLIGATIONS_PER_INCIDENT, ids(incidents));
        return new Progress(Long.parseLong(row.get(0)), Long.parseLong(row.get(1)), Long.parseLong(row.get(2)),
                Long.parseLong(row.get(3)));
    }

    /** Up to {@code limit} of the incidents that lack some of their obligations, comma-separated. */
    String incomplete(List<String> incidents, int limit) throws SQLException {
        return database.firstRow("""
                select coalesce(string_agg(id, ', '), '') from (
                    select reported.id from unnest(?::text[]) as reported(id)
                    left join notification.obligation o on o.incident_id = reported.id::uuid
                    group by reported.id having count(o.obligation_id) < ? limit ?) lacking""",
                ids(incidents), OBLIGATIONS_PER_INCIDENT, limit).get(0);
    }

    /** Its IncidentReported's time_stamp is when command-service appended it; opened_at is ObligationOpened's. */
    Optional<Lag> lag(List<String> incidents) throws SQLException {
        List<String> row = database.firstRow("""
                select count(*), percentile_disc(0.5) within group (order by ms),
                       percentile_disc(0.9) within group (order by ms),
                       percentile_disc(0.99) within group (order by ms), max(ms), min(ms)
                from (select extract(epoch from min(o.opened_at) - e.time_stamp::timestamptz) * 1000 as ms
                      from incident.domain_event_entry e
                      join notification.obligation o on o.incident_id = e.aggregate_identifier::uuid
                      where e.sequence_number = 0 and e.aggregate_identifier = any(?)
                      group by e.aggregate_identifier, e.time_stamp) per_incident""", ids(incidents));
        long count = Long.parseLong(row.get(0));
        return count == 0 ? Optional.empty() : Optional.of(new Lag(count, Double.parseDouble(row.get(1)),
                Double.parseDouble(row.get(2)), Double.parseDouble(row.get(3)), Double.parseDouble(row.get(4)),
                Double.parseDouble(row.get(5))));
    }

    Scheduler scheduler() throws SQLException {
        List<String> row = database.firstRow("select " + PENDING_DEADLINES
                + ", pg_total_relation_size('notification.scheduled_tasks')");
        return new Scheduler(Long.parseLong(row.get(0)), Long.parseLong(row.get(1)));
    }

    // typed Object, so that a lone array binds as one parameter rather than as the varargs themselves
    private static Object ids(List<String> incidents) {
        return incidents.toArray(String[]::new);
    }
}
