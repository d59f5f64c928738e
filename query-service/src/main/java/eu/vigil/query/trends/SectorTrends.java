package eu.vigil.query.trends;

import com.fasterxml.jackson.annotation.JsonProperty;
import eu.vigil.contracts.notification.ObligationStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * Reads the sector's trends from the CERT feed and the obligations read model. Only what hospitals shared counts
 * (withdrawn shares excluded, and the timeliness only of shared incidents' reports), nothing names a hospital, and
 * a figure drawn from fewer than {@link #MINIMUM_HOSPITALS} hospitals is withheld (null) so that none singles one out.
 */
@Component
public class SectorTrends {

    public static final int MINIMUM_HOSPITALS = 3;
    /** The two first reports whose timeliness the CERT follows: the NIS2 early warning, the GDPR Art. 33 one. */
    public static final List<String> REPORTS = List.of("NIS2_EARLY_WARNING", "GDPR_SA_NOTIFICATION");

    // ISO weeks in UTC: a share's week does not depend on the reader's zone or a daylight saving change
    private static final String SHARES_BY_WEEK = """
            select week, grouped, count(*) as shares, count(distinct hospital_id) as hospitals,
                   grouping(grouped) as week_total, grouping(week) as group_total
              from (select to_char(first_shared_at at time zone 'UTC', 'IYYY-"W"IW') as week,
                           coalesce(%s, 'not-said') as grouped, hospital_id
                      from query.shared_incident
                     where withdrawn_at is null and first_shared_at >= :from and first_shared_at < :to) share
             group by grouping sets ((week, grouped), (week), (grouped))
             order by week nulls last, grouped""";

    private static final String TIMELINESS = """
            with report as (
                select o.rule_id, o.hospital_id, o.due_at,
                       cast(o.state ->> 'triggeredAt' as timestamptz) as aware_at,
                       cast(o.state -> 'submission' ->> 'submittedAt' as timestamptz) as submitted_at
                  from query.obligation o
                 where o.rule_id in (:reports) and o.status not in (:dropped)
                   and exists (select 1 from query.shared_incident s
                                where s.incident_id = o.incident_id and s.withdrawn_at is null))
            select to_char(aware_at at time zone 'UTC', 'YYYY-MM') as month, rule_id,
                   count(submitted_at) as submitted,
                   count(distinct hospital_id) filter (where submitted_at is not null) as submitting_hospitals,
                   percentile_cont(0.5) within group (order by extract(epoch from submitted_at - aware_at))
                       as median_seconds,
                   percentile_cont(0.9) within group (order by extract(epoch from submitted_at - aware_at))
                       as p90_seconds,
                   count(*) filter (where submitted_at <= due_at) as on_time,
                   count(*) filter (where submitted_at is not null or due_at < :now) as due,
                   count(distinct hospital_id) filter (where submitted_at is not null or due_at < :now)
                       as due_hospitals
              from report
             where aware_at >= :from and aware_at < :to
             group by 1, 2
             order by 1, 2""";

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    SectorTrends(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Shares first made in a week, counted by a group of theirs.
     *
     * @param week   the ISO week in UTC, such as {@code 2026-W13}; null for the whole window
     * @param group  the RSIT class or the patient-care impact, {@code not-said} when the share said none; null for
     *               all groups
     * @param shares null when fewer than {@link #MINIMUM_HOSPITALS} hospitals made them
     */
    public record ShareCount(String week, String group, Integer shares) {
        @JsonProperty
        public boolean withheld() {
            return shares == null;
        }
    }

    /**
     * One report's timeliness for the incidents of which the hospitals became aware in a month. Each figure is
     * null when fewer than {@link #MINIMUM_HOSPITALS} hospitals stand behind it.
     *
     * @param submitted     how many were submitted
     * @param medianHours   median hours from awareness to submission, to a tenth
     * @param p90Hours      90th percentile of the same, continuous (PostgreSQL percentile_cont)
     * @param onTimePercent of the reports submitted or past their due instant, the share submitted by it, rounded
     */
    public record Timeliness(String month, String report, Integer submitted, Double medianHours, Double p90Hours,
                             Integer onTimePercent) {
    }

    /**
     * The trends over a window.
     *
     * @param weeklyTotals every week of the window, oldest first, all classes together (group null)
     * @param weekly       per week and RSIT class, only where there were shares
     * @param impactTotals per patient-care impact over all the window's weeks (week null)
     * @param impact       per week and patient-care impact, only where there were shares
     */
    public record Trends(Instant weeksFrom, Instant monthsFrom, Instant to, int minimumHospitals,
                         List<ShareCount> weeklyTotals, List<ShareCount> weekly, List<ShareCount> impactTotals,
                         List<ShareCount> impact, List<Timeliness> timeliness) {
    }

    public Trends of(TrendWindow window) {
        var byClass = sharesByWeek(window, "category");
        var byImpact = sharesByWeek(window, "patient_care_impact");
        var weekTotals = new HashMap<String, ShareCount>();
        byClass.weekTotals().forEach(total -> weekTotals.put(total.week(), total));
        var allWeeks = window.isoWeeks().stream()
                .map(week -> weekTotals.getOrDefault(week, new ShareCount(week, null, 0))).toList();
        return new Trends(window.weeksFrom(), window.monthsFrom(), window.to(), MINIMUM_HOSPITALS, allWeeks,
                byClass.cells(), byImpact.groupTotals(), byImpact.cells(), timeliness(window));
    }

    private record Breakdown(List<ShareCount> cells, List<ShareCount> weekTotals, List<ShareCount> groupTotals) {
    }

    private Breakdown sharesByWeek(TrendWindow window, String column) {
        var parameters = new MapSqlParameterSource().addValue("from", utc(window.weeksFrom()))
                .addValue("to", utc(window.to()));
        var breakdown = new Breakdown(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        jdbc.query(SHARES_BY_WEEK.formatted(column), parameters, row -> {
            boolean weekTotal = row.getInt("week_total") == 1;
            boolean groupTotal = row.getInt("group_total") == 1;
            var count = new ShareCount(groupTotal ? null : row.getString("week"),
                    weekTotal ? null : row.getString("grouped"), shown(row, "shares"));
            (weekTotal ? breakdown.weekTotals() : groupTotal ? breakdown.groupTotals() : breakdown.cells()).add(count);
        });
        return breakdown;
    }

    private List<Timeliness> timeliness(TrendWindow window) {
        var parameters = new MapSqlParameterSource().addValue("from", utc(window.monthsFrom()))
                .addValue("to", utc(window.to())).addValue("now", utc(clock.instant())).addValue("reports", REPORTS)
                .addValue("dropped", List.of(ObligationStatus.NOT_REQUIRED.code(), ObligationStatus.WITHDRAWN.code()));
        return jdbc.query(TIMELINESS, parameters, (row, n) -> {
            boolean submittedShown = row.getInt("submitting_hospitals") >= MINIMUM_HOSPITALS;
            boolean dueShown = row.getInt("due_hospitals") >= MINIMUM_HOSPITALS && row.getInt("due") > 0;
            return new Timeliness(row.getString("month"), row.getString("rule_id"),
                    submittedShown ? row.getInt("submitted") : null,
                    submittedShown ? hours(row.getDouble("median_seconds")) : null,
                    submittedShown ? hours(row.getDouble("p90_seconds")) : null,
                    dueShown ? (int) Math.round(100.0 * row.getInt("on_time") / row.getInt("due")) : null);
        });
    }

    private static Integer shown(ResultSet row, String column) throws SQLException {
        return row.getInt("hospitals") >= MINIMUM_HOSPITALS ? row.getInt(column) : null;
    }

    private static double hours(double seconds) {
        return Math.round(seconds / 360.0) / 10.0;
    }

    private static Object utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
