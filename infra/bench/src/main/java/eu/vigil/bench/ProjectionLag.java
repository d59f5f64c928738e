package eu.vigil.bench;

import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * W4's figures, read from the run's database: each incident event's {@code time_stamp} in command-service's event
 * store (set in the unit of work that commits it) against its row's {@code projected_at} on query-service's
 * timeline ({@code clock_timestamp()} in the transaction that writes the row; same host clock), split where
 * {@link TopicWatch} saw the event on the topic.
 */
final class ProjectionLag {

    /**
     * Lag in ms of the events appended within a window: in all, to the topic (commit, publishing processor, broker)
     * and from the topic to the timeline (query-service's consumer and projection).
     */
    record Figures(long events, double p50, double p99, double max, double toTopicP50, double toTopicP99,
                   double fromTopicP50, double fromTopicP99) {
    }

    /**
     * @param resumed the first row query-service projected after its restart
     * @param drained when the last event appended before {@code resumed} was projected
     * @param backlog events on the topic before {@code resumed} and projected at or after it
     * @param rate    rows projected per second between {@code resumed} and {@code drained}, new ones included
     */
    record CatchUp(OffsetDateTime resumed, OffsetDateTime drained, long backlog, double seconds, double rate) {
    }

    private static final String EVENTS = """
            incident.domain_event_entry e left join query.incident_timeline t on t.event_id = e.event_identifier::uuid
            left join bench.seen_on_topic s on s.event_id = e.event_identifier::uuid
            where e.payload_type like 'eu.vigil.contracts.incident.%'""";

    private final Database database;
    private final TopicWatch watch;

    ProjectionLag(Database database, TopicWatch watch) {
        this.database = database;
        this.watch = watch;
    }

    Figures between(OffsetDateTime from, OffsetDateTime to) throws SQLException {
        watch.flush();
        var row = database.firstRow("""
                select count(*), percentile_cont(0.5) within group (order by lag),
                       percentile_cont(0.99) within group (order by lag), max(lag),
                       percentile_cont(0.5) within group (order by publish),
                       percentile_cont(0.99) within group (order by publish),
                       percentile_cont(0.5) within group (order by consume),
                       percentile_cont(0.99) within group (order by consume)
                  from (select extract(epoch from t.projected_at - e.time_stamp::timestamptz) * 1000 as lag,
                               extract(epoch from s.seen_at - e.time_stamp::timestamptz) * 1000 as publish,
                               extract(epoch from t.projected_at - s.seen_at) * 1000 as consume
                          from %s and t.event_id is not null
                           and e.time_stamp::timestamptz >= ? and e.time_stamp::timestamptz < ?) lags"""
                .formatted(EVENTS), from, to);
        return new Figures(Long.parseLong(row.get(0)), number(row.get(1)), number(row.get(2)), number(row.get(3)),
                number(row.get(4)), number(row.get(5)), number(row.get(6)), number(row.get(7)));
    }

    /** Events per second reaching the topic, over the events appended within the window. */
    double topicRate(OffsetDateTime from, OffsetDateTime to) throws SQLException {
        watch.flush();
        return number(database.firstRow("""
                select count(s.seen_at) / nullif(extract(epoch from max(s.seen_at) - min(s.seen_at)), 0)
                  from %s and e.time_stamp::timestamptz >= ? and e.time_stamp::timestamptz < ?""".formatted(EVENTS),
                from, to).get(0));
    }

    /** Waits until every incident event appended within the window is on the timeline, or prints what is not. */
    void awaitProjected(OffsetDateTime from, OffsetDateTime to, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        long missing;
        do {
            watch.flush();
            missing = Long.parseLong(database.firstRow("select count(*) from " + EVENTS
                    + " and t.event_id is null and e.time_stamp::timestamptz >= ? and e.time_stamp::timestamptz < ?",
                    from, to).get(0));
            if (missing == 0) {
                return;
            }
            TimeUnit.MILLISECONDS.sleep(500);
        } while (System.nanoTime() < deadline);
        System.out.printf("  %d events appended from %s to %s are not on the timeline after %d s%n", missing, from,
                to, timeout.toSeconds());
    }

    /**
     * Waits until query-service, stopped at {@code down}, has projected again and every event that was on the
     * topic before its first new row is on the timeline.
     */
    void awaitDrained(OffsetDateTime down, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            watch.flush();
            var row = database.firstRow("""
                    select r.resumed, (select count(*) from %s and t.event_id is null
                                         and s.seen_at <= r.resumed)
                      from (select min(projected_at) as resumed from query.incident_timeline where projected_at > ?) r
                    """.formatted(EVENTS), down);
            if (row.get(0) != null && Long.parseLong(row.get(1)) == 0) {
                return;
            }
            TimeUnit.MILLISECONDS.sleep(500);
        }
        throw new IllegalStateException("query-service did not drain its backlog within " + timeout.toMinutes()
                + " minutes");
    }

    CatchUp catchUp(OffsetDateTime down) throws SQLException {
        watch.flush();
        var row = database.firstRow("""
                with r as (select min(projected_at) as resumed from query.incident_timeline where projected_at > ?),
                     d as (select r.resumed, max(t.projected_at) as drained,
                                  count(*) filter (where t.projected_at >= r.resumed) as backlog
                             from r, %s and s.seen_at <= r.resumed
                              and e.time_stamp::timestamptz > cast(? as timestamptz) - interval '1 hour'
                            group by r.resumed)
                select d.resumed, d.drained, d.backlog, extract(epoch from d.drained - d.resumed),
                       (select count(*) from query.incident_timeline
                         where projected_at between d.resumed and d.drained)
                  from d""".formatted(EVENTS), down, down);
        double seconds = number(row.get(3));
        return new CatchUp(timestamp(row.get(0)), timestamp(row.get(1)), Long.parseLong(row.get(2)), seconds,
                Long.parseLong(row.get(4)) / seconds);
    }

    /** Lost and duplicated rows over the whole run: the event store against the timeline and the register. */
    String completeness(List<String> incidents) throws SQLException {
        watch.flush();
        var row = database.firstRow("""
                select count(*), count(t.event_id), count(s.event_id),
                       (select count(*) - count(distinct event_id) from query.incident_timeline),
                       (select count(*) from query.incident_register r
                         where r.last_sequence <> (select max(sequence_number) from incident.domain_event_entry s
                                                    where s.aggregate_identifier = r.incident_id::text))
                  from %s""".formatted(EVENTS));
        return String.format("event store %s incident events (%d incidents of this run), %s of them on the topic;"
                        + " timeline rows %s, so %d missing (of which %d not yet published); duplicated timeline"
                        + " rows %s; register rows behind their incident's last event %s", row.get(0),
                incidents.size(), row.get(2), row.get(1), Long.parseLong(row.get(0)) - Long.parseLong(row.get(1)),
                Long.parseLong(row.get(0)) - Long.parseLong(row.get(2)), row.get(3), row.get(4));
    }

    private static double number(String text) {
        return text == null ? Double.NaN : Double.parseDouble(text);
    }

    // PostgreSQL's text form of a timestamptz: "2026-12-06 07:50:01.123456+00"
    private static OffsetDateTime timestamp(String text) {
        String iso = text.replace(' ', 'T');
        return OffsetDateTime.parse(iso.matches(".*[+-]\\d\\d$") ? iso + ":00" : iso);
    }
}
