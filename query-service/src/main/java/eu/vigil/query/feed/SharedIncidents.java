package eu.vigil.query.feed;

import eu.vigil.contracts.Tlp;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads the CERT feed, or the sector view, for one audience: the audience's condition is part of the query (a share
 * the reader may not read is never fetched), and each indicator is kept only where the reader may read the stricter
 * of its label and its share's.
 */
@Component
public class SharedIncidents {

    private final NamedParameterJdbcTemplate jdbc;
    private final Correlations correlations;

    SharedIncidents(NamedParameterJdbcTemplate jdbc, Correlations correlations) {
        this.jdbc = jdbc;
        this.correlations = correlations;
    }

    /** A page of the feed, newest change first, and the cursor of the next page when there is one. */
    public Page page(FeedAudience audience, FeedQuery query) {
        var where = new StringBuilder(audience.where());
        var parameters = audience.bind(new MapSqlParameterSource()).addValue("limit", query.limit() + 1);
        filter(where, parameters, "category = :category", "category",
                query.category() == null ? null : query.category().code());
        filter(where, parameters, "severity = :severity", "severity",
                query.severity() == null ? null : query.severity().code());
        filter(where, parameters, "tlp = :tlp", "tlp", query.tlp() == null ? null : query.tlp().code());
        filter(where, parameters, "publisher = :publisher", "publisher", query.publisher());
        filter(where, parameters, "country = :country", "country", query.country());
        filter(where, parameters, "changed_at >= :from", "from", utc(query.from()));
        filter(where, parameters, "changed_at < :before", "before", utc(query.before()));
        filter(where, parameters, "cross_border = :crossBorder", "crossBorder",
                query.crossBorder() == null ? null : query.crossBorder().code());
        filter(where, parameters, "patient_care_impact = :impact", "impact",
                query.impact() == null ? null : query.impact().code());
        if (query.after() != null) {
            where.append(" and (changed_at, incident_id) < (:afterAt, :afterId)");
            parameters.addValue("afterAt", utc(query.after().changedAt()))
                    .addValue("afterId", query.after().incidentId());
        }
        var rows = jdbc.query("select * from query.shared_incident where " + where
                + " order by changed_at desc, incident_id desc limit :limit", parameters,
                (row, n) -> ShareRows.read(row, audience));
        if (rows.size() <= query.limit()) {
            return new Page(correlations.decorate(rows, audience), null);
        }
        var last = rows.get(query.limit() - 1);
        var next = new FeedQuery.Cursor(last.changedAt(), UUID.fromString(last.incidentId()));
        return new Page(correlations.decorate(rows.subList(0, query.limit()), audience), next.encode());
    }

    public record Page(List<SharedIncident> items, String next) {
    }

    /**
     * Shares under one label in the order they last changed, oldest first (the TAXII collections' order): those
     * changed after {@code addedAfter}, from the share {@code (fromAt, fromId)} on, that share itself included only
     * when {@code inclusive}. A reader's own shares under a label it does not read are not among them.
     */
    public List<SharedIncident> inOrderOfChange(FeedAudience audience, Tlp tlp, Instant addedAfter, Instant fromAt,
                                                UUID fromId, boolean inclusive, int limit) {
        var where = new StringBuilder("tlp = :tlp and tlp in (:labels)");
        var parameters = new MapSqlParameterSource()
                .addValue("tlp", tlp.code())
                .addValue("labels", audience.labels().stream().map(Tlp::code).toList())
                .addValue("limit", limit);
        filter(where, parameters, "changed_at > :addedAfter", "addedAfter", utc(addedAfter));
        if (fromAt != null) {
            where.append(inclusive ? " and (changed_at, incident_id) >= (:fromAt, :fromId)"
                    : " and (changed_at, incident_id) > (:fromAt, :fromId)");
            parameters.addValue("fromAt", utc(fromAt)).addValue("fromId", fromId);
        }
        return jdbc.query("select * from query.shared_incident where " + where
                + " order by changed_at, incident_id limit :limit", parameters,
                (row, n) -> ShareRows.read(row, audience));
    }

    /** One share as the reader sees it; empty when there is none or the reader may not read its label. */
    public Optional<SharedIncident> share(FeedAudience audience, UUID incidentId) {
        var rows = jdbc.query("select * from query.shared_incident where incident_id = :incidentId and "
                        + audience.where(), audience.bind(new MapSqlParameterSource("incidentId", incidentId)),
                (row, n) -> ShareRows.read(row, audience));
        return rows.isEmpty() ? Optional.empty() : Optional.of(correlations.decorate(rows, audience).get(0));
    }

    private static void filter(StringBuilder where, MapSqlParameterSource parameters, String condition,
                               String name, Object value) {
        if (value != null) {
            where.append(" and ").append(condition);
            parameters.addValue(name, value);
        }
    }

    private static Object utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
