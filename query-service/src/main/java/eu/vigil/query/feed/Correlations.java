package eu.vigil.query.feed;

import eu.vigil.contracts.incident.IndicatorType;
import eu.vigil.correlation.WarningLists;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Correlation without disclosure, read from the counts kept by value ({@code query.indicator_correlation}, see
 * {@link CorrelationCounts}) and, for the incidents of a few values, from {@code query.indicator_sighting} by index:
 * the CERT learns at how many hospitals a value was shared, and by which incidents; a hospital's officer learns only
 * that one of its own values was also shared by at least {@code k} other hospitals, never which. A value shared by
 * more incidents than the cap is noise and is not correlated; a value on a warning list never is.
 */
@Component
public class Correlations {

    private final NamedParameterJdbcTemplate jdbc;
    private final WarningLists warningLists;
    private final int threshold;
    private final int cap;

    Correlations(NamedParameterJdbcTemplate jdbc, WarningLists warningLists,
                 @Value("${vigil.cert.correlation.threshold:2}") int threshold,
                 @Value("${vigil.cert.correlation.cap:50}") int cap) {
        this.jdbc = jdbc;
        this.warningLists = warningLists;
        this.threshold = threshold;
        this.cap = cap;
    }

    /** A value seen at several hospitals, as the CERT sees it. */
    public record Correlation(String type, String value, int hospitals, List<UUID> incidents, Instant firstSeen,
                              Instant lastSeen) {
    }

    /** A value seen at several hospitals, counted only: for the CERT's pages, which never name an incident. */
    public record Counted(String type, String value, int hospitals, int incidents, Instant firstSeen,
                          Instant lastSeen) {
    }

    /** The values shared by at least two hospitals, most hospitals first; each with its incidents. */
    public List<Correlation> top(int limit) {
        // the counts are kept by value (CorrelationCounts); only the listed values' sightings are read, by index
        return jdbc.query("""
                        select correlation.indicator_type, correlation.indicator_value, correlation.hospitals,
                               correlation.first_seen, correlation.last_seen,
                               array(select sighting.incident_id from query.indicator_sighting sighting
                                      where sighting.indicator_type = correlation.indicator_type
                                        and sighting.indicator_value = correlation.indicator_value
                                      order by sighting.first_seen, sighting.incident_id) as incident_ids
                          from query.indicator_correlation correlation
                         where correlation.hospitals >= 2 and correlation.incidents <= :cap
                         order by correlation.hospitals desc, correlation.last_seen desc, correlation.indicator_value
                         limit :limit""", new MapSqlParameterSource("cap", cap).addValue("limit", limit),
                (row, n) -> new Correlation(row.getString("indicator_type"), row.getString("indicator_value"),
                        row.getInt("hospitals"), Arrays.asList((UUID[]) row.getArray("incident_ids").getArray()),
                        row.getTimestamp("first_seen").toInstant(), row.getTimestamp("last_seen").toInstant()));
    }

    /** The CERT's top correlations as counts only, without their incidents: for the CERT's pages. */
    public List<Counted> topCounted(int limit) {
        return jdbc.query("""
                        select indicator_type, indicator_value, hospitals, incidents, first_seen, last_seen
                          from query.indicator_correlation
                         where hospitals >= 2 and incidents <= :cap
                         order by hospitals desc, last_seen desc, indicator_value
                         limit :limit""", new MapSqlParameterSource("cap", cap).addValue("limit", limit),
                (row, n) -> new Counted(row.getString("indicator_type"), row.getString("indicator_value"),
                        row.getInt("hospitals"), row.getInt("incidents"), row.getTimestamp("first_seen").toInstant(),
                        row.getTimestamp("last_seen").toInstant()));
    }

    /**
     * For the incident's own page: each value its share carries that at least k other hospitals also shared, with
     * how many (keyed {@code "<type> <value>"}); never which hospitals, and nothing below k. A value the other
     * hospitals shared by the cap's number of incidents or more is not counted.
     */
    public Map<String, Integer> alsoSeenElsewhere(UUID incidentId, String hospitalId) {
        var counts = new HashMap<String, Integer>();
        // the other hospitals: all but the reader's, which the incident's own sightings name; the reader's own
        // incidents are counted, by index, only for a value shared by the cap's number of incidents or more
        jdbc.query("""
                        select indicator_type, indicator_value, others from (
                            select mine.indicator_type, mine.indicator_value,
                                   correlation.hospitals - case when mine.hospital_id = :hospitalId then 1
                                       when exists (select 1 from query.indicator_sighting own
                                                     where own.indicator_type = mine.indicator_type
                                                       and own.indicator_value = mine.indicator_value
                                                       and own.hospital_id = :hospitalId) then 1
                                       else 0 end as others,
                                   case when correlation.incidents < :cap then true
                                       else correlation.incidents - (
                                           select count(*) from query.indicator_sighting own
                                            where own.indicator_type = mine.indicator_type
                                              and own.indicator_value = mine.indicator_value
                                              and own.hospital_id = :hospitalId) < :cap end as below_cap
                              from query.indicator_sighting mine
                              join query.indicator_correlation correlation
                                on correlation.indicator_type = mine.indicator_type
                               and correlation.indicator_value = mine.indicator_value
                             where mine.incident_id = :incidentId) counted
                         where others >= :threshold and others > 0 and below_cap""",
                new MapSqlParameterSource("incidentId", incidentId).addValue("hospitalId", hospitalId)
                        .addValue("threshold", threshold).addValue("cap", cap),
                row -> {
                    counts.put(row.getString("indicator_type") + " " + row.getString("indicator_value"),
                            row.getInt("others"));
                });
        return counts;
    }

    /**
     * The indicators of a page of the feed with what this reader may learn of their correlation: one lookup of the
     * page's distinct values in the kept counts. On its own share, a reader's hospital is one of the value's
     * hospitals (the share's correlatable values are its sightings), so the others are all but one.
     */
    List<SharedIncident> decorate(List<SharedIncident> page, FeedAudience audience) {
        var keys = new LinkedHashMap<String, SharedIncident.Indicator>();
        page.forEach(share -> share.indicators()
                .forEach(indicator -> keys.putIfAbsent(indicator.type() + " " + indicator.value(), indicator)));
        if (keys.isEmpty()) {
            return page;
        }
        var types = keys.values().stream().map(SharedIncident.Indicator::type).toArray(String[]::new);
        var values = keys.values().stream().map(SharedIncident.Indicator::value).toArray(String[]::new);
        var seen = new HashMap<String, int[]>(); // "type value" -> {hospitals, incidents}
        jdbc.query("""
                        select correlation.indicator_type, correlation.indicator_value, correlation.hospitals,
                               correlation.incidents
                          from unnest(cast(:types as text[]), cast(:values as text[]))
                               as wanted(indicator_type, indicator_value)
                          join query.indicator_correlation correlation
                            on correlation.indicator_type = wanted.indicator_type
                           and correlation.indicator_value = wanted.indicator_value""",
                new MapSqlParameterSource("types", types).addValue("values", values),
                row -> {
                    seen.put(row.getString("indicator_type") + " " + row.getString("indicator_value"),
                            new int[] {row.getInt("hospitals"), row.getInt("incidents")});
                });
        return page.stream().map(share -> share.withIndicators(share.indicators().stream()
                .map(indicator -> decorate(indicator, share.own(), audience,
                        seen.get(indicator.type() + " " + indicator.value())))
                .toList())).toList();
    }

    private SharedIncident.Indicator decorate(SharedIncident.Indicator indicator, boolean own, FeedAudience audience,
                                              int[] seen) {
        var listed = warningLists.listing(IndicatorType.fromCode(indicator.type()), indicator.value()).orElse(null);
        if (listed != null || seen == null) {
            return indicator.correlated(null, null, listed, false);
        }
        if (seen[1] > cap) {
            return indicator.correlated(null, null, null, true);
        }
        Integer hospitals = audience.certCoordinator() ? seen[0] : null;
        int others = seen[0] - 1; // read only on the reader's own share, whose hospital is one of them
        Integer alsoSeen = own && others >= threshold ? others : null;
        return indicator.correlated(hospitals, alsoSeen, null, false);
    }
}
