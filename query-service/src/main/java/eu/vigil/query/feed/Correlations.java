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
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Correlation without disclosure, read from {@code query.indicator_sighting}: the CERT learns at how many hospitals
 * a value was shared, and by which incidents; a hospital's officer learns only that one of its own values was also
 * shared by at least {@code k} other hospitals, never which. A value shared by more incidents than the cap is noise
 * and is not correlated; a value on a warning list never is.
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

    /** The values shared by at least two hospitals, most hospitals first; each with its incidents. */
    public List<Correlation> top(int limit) {
        return jdbc.query("""
                        select indicator_type, indicator_value, count(distinct hospital_id) as hospitals,
                               array_agg(incident_id order by first_seen) as incidents, min(first_seen) as first_seen,
                               max(last_seen) as last_seen
                          from query.indicator_sighting
                         group by indicator_type, indicator_value
                        having count(distinct hospital_id) >= 2 and count(*) <= :cap
                         order by hospitals desc, last_seen desc, indicator_value
                         limit :limit""", new MapSqlParameterSource("cap", cap).addValue("limit", limit),
                (row, n) -> new Correlation(row.getString("indicator_type"), row.getString("indicator_value"),
                        row.getInt("hospitals"), Arrays.asList((UUID[]) row.getArray("incidents").getArray()),
                        row.getTimestamp("first_seen").toInstant(), row.getTimestamp("last_seen").toInstant()));
    }

    /**
     * For the incident's own page: each value its share carries that at least k other hospitals also shared, with
     * how many (keyed {@code "<type> <value>"}); never which hospitals, and nothing below k.
     */
    public Map<String, Integer> alsoSeenElsewhere(UUID incidentId, String hospitalId) {
        var counts = new HashMap<String, Integer>();
        jdbc.query("""
                        select mine.indicator_type, mine.indicator_value,
                               count(distinct other.hospital_id) as others
                          from query.indicator_sighting mine
                          join query.indicator_sighting other
                            on other.indicator_type = mine.indicator_type
                           and other.indicator_value = mine.indicator_value and other.hospital_id <> :hospitalId
                         where mine.incident_id = :incidentId
                         group by mine.indicator_type, mine.indicator_value
                        having count(distinct other.hospital_id) >= :threshold
                           and count(distinct other.incident_id) < :cap""",
                new MapSqlParameterSource("incidentId", incidentId).addValue("hospitalId", hospitalId)
                        .addValue("threshold", threshold).addValue("cap", cap),
                row -> {
                    counts.put(row.getString("indicator_type") + " " + row.getString("indicator_value"),
                            row.getInt("others"));
                });
        return counts;
    }

    /** The indicators of a page of the feed with what this reader may learn of their correlation. */
    List<SharedIncident> decorate(List<SharedIncident> page, FeedAudience audience) {
        var keys = page.stream().flatMap(share -> share.indicators().stream())
                .map(indicator -> new Object[] {indicator.type(), indicator.value()}).toList();
        if (keys.isEmpty()) {
            return page;
        }
        var seen = new HashMap<String, int[]>(); // "type value" -> {hospitals, other hospitals, incidents}
        jdbc.query("""
                        select indicator_type, indicator_value, count(distinct hospital_id) as hospitals,
                               count(distinct hospital_id) filter (where hospital_id <> :own) as others,
                               count(*) as incidents
                          from query.indicator_sighting
                         where (indicator_type, indicator_value) in (:keys)
                         group by indicator_type, indicator_value""",
                new MapSqlParameterSource("keys", keys).addValue("own",
                        audience.ownHospital() == null ? "" : audience.ownHospital()),
                row -> {
                    seen.put(row.getString("indicator_type") + " " + row.getString("indicator_value"),
                            new int[] {row.getInt("hospitals"), row.getInt("others"), row.getInt("incidents")});
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
        if (seen[2] > cap) {
            return indicator.correlated(null, null, null, true);
        }
        Integer hospitals = audience.certCoordinator() ? seen[0] : null;
        Integer others = own && seen[1] >= threshold ? seen[1] : null;
        return indicator.correlated(hospitals, others, null, false);
    }
}
