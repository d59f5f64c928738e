package eu.vigil.notifier.obligation;

import eu.vigil.contracts.notification.ObligationStatus;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The deadlines an operator watches (issue 18): the open obligations due within 24 hours, and those due within the hour
 * with no approved draft yet, which a person has to act on now. Counted at most once per {@link #FRESH} however often
 * Prometheus scrapes. A drill's obligations are left out, not tagged apart (ADR 0022): the alert on these gauges pages
 * whoever is on call, and a series tagged {@code exercise} would still match an alert or a sum that names no tag.
 */
@Component
class ObligationMetrics {

    static final String DUE_WITHIN_24H = "vigil.obligations.due-within-24h";
    static final String DUE_WITHIN_1H_UNAPPROVED = "vigil.obligations.due-within-1h-unapproved";
    static final Duration FRESH = Duration.ofSeconds(30);

    private final JdbcClient jdbc;
    private final Clock clock;
    private Counts counts;

    ObligationMetrics(JdbcClient jdbc, Clock clock, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.clock = clock;
        Gauge.builder(DUE_WITHIN_24H, this, metrics -> metrics.counts().dueWithinADay())
                .description("Open obligations due within 24 hours").register(meters);
        Gauge.builder(DUE_WITHIN_1H_UNAPPROVED, this, metrics -> metrics.counts().dueWithinTheHourUnapproved())
                .description("Open obligations due within the hour with no approved draft").register(meters);
    }

    private synchronized Counts counts() {
        Instant now = clock.instant();
        if (counts == null || !counts.at().plus(FRESH).isAfter(now)) {
            counts = count(now);
        }
        return counts;
    }

    private Counts count(Instant now) {
        return jdbc.sql("""
                        select count(*) filter (where o.due_at < :day) as due_within_a_day,
                               count(*) filter (where o.due_at < :hour and not exists (
                                   select 1 from notification.draft_version d
                                   where d.obligation_id = o.obligation_id and d.approved_at is not null))
                                   as due_within_the_hour_unapproved
                        from notification.obligation o
                        where o.status = :open and o.due_at >= :now and o.due_at < :day
                          and not exists (select 1 from notification.seen_incident s
                                           where s.incident_id = o.incident_id and s.drill_id is not null)""")
                .param("open", ObligationStatus.OPEN.code()).param("now", Timestamp.from(now))
                .param("hour", Timestamp.from(now.plus(Duration.ofHours(1))))
                .param("day", Timestamp.from(now.plus(Duration.ofHours(24))))
                .query((rs, row) -> new Counts(now, rs.getLong("due_within_a_day"),
                        rs.getLong("due_within_the_hour_unapproved")))
                .single();
    }

    private record Counts(Instant at, long dueWithinADay, long dueWithinTheHourUnapproved) {
    }
}
