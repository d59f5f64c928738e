package eu.vigil.query.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.vigil.contracts.EventEnvelope;
import eu.vigil.contracts.Tlp;
import eu.vigil.contracts.incident.IncidentShareWithdrawn;
import eu.vigil.contracts.incident.IncidentShared;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * A table of shares, one row per shared incident, as the CERT feed keeps them ({@code query.shared_incident}) and the
 * drill feed beside it: how a share and its withdrawal are written, and how a row reads as a {@link SharedIncident}
 * for one reader. A higher revision replaces a lower; a redelivered or older one changes nothing. A withdrawal
 * empties the row but for its label and instants. TLP:RED is never written.
 */
@Component
public class ShareRows {

    private static final Logger log = LoggerFactory.getLogger(ShareRows.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final NamedParameterJdbcTemplate jdbc;
    private final Pseudonyms pseudonyms;

    ShareRows(NamedParameterJdbcTemplate jdbc, Pseudonyms pseudonyms) {
        this.jdbc = jdbc;
        this.pseudonyms = pseudonyms;
    }

    /**
     * Writes the share into the table (its qualified name, from the projection's own constants) unless the row holds
     * the same or a later revision.
     *
     * @return 1 when the row changed, 0 when the share was older, redelivered or labelled TLP:RED
     */
    public int shared(String table, EventEnvelope<?> delivery, IncidentShared share) {
        if (!share.tlp().shareable()) {
            log.warn("Share {} of incident {} is labelled {}: not put in {}", share.revision(), share.incidentId(),
                    share.tlp().label(), table);
            return 0;
        }
        String hospital = delivery.hospitalId().value();
        return jdbc.update("insert into " + table + """
                 as stored (incident_id, hospital_id, publisher, pseudonymised, revision, tlp, category, severity, summary,
                    phase, patient_care_impact, cross_border, device_types, indicators, first_shared_at, changed_at,
                    country, sector_view)
                values (:incidentId, :hospitalId, :publisher, :pseudonymised, :revision, :tlp, :category, :severity,
                    :summary, :phase, :impact, :crossBorder, cast(:deviceTypes as jsonb), cast(:indicators as jsonb),
                    :at, :at, :country, :sectorView)
                on conflict (incident_id) do update
                   set publisher = excluded.publisher, pseudonymised = excluded.pseudonymised,
                       revision = excluded.revision, tlp = excluded.tlp, category = excluded.category,
                       severity = excluded.severity, summary = excluded.summary, phase = excluded.phase,
                       patient_care_impact = excluded.patient_care_impact, cross_border = excluded.cross_border,
                       device_types = excluded.device_types, indicators = excluded.indicators,
                       country = excluded.country, sector_view = excluded.sector_view,
                       changed_at = excluded.changed_at, withdrawn_at = null, projected_at = clock_timestamp()
                 where stored.revision < excluded.revision""", new MapSqlParameterSource()
                .addValue("incidentId", share.incidentId().value())
                .addValue("hospitalId", hospital)
                .addValue("publisher", share.pseudonymised() ? pseudonyms.of(hospital) : hospital)
                .addValue("pseudonymised", share.pseudonymised())
                .addValue("revision", share.revision())
                .addValue("tlp", share.tlp().code())
                .addValue("category", share.category().code())
                .addValue("severity", share.severity() == null ? null : share.severity().code())
                .addValue("summary", share.summary())
                .addValue("phase", share.phase().code())
                .addValue("impact", share.patientCareImpact() == null ? null : share.patientCareImpact().code())
                .addValue("crossBorder", share.crossBorder() == null ? null : share.crossBorder().code())
                .addValue("deviceTypes", json(share.deviceTypes()))
                .addValue("indicators", json(share.indicators().stream()
                        .filter(indicator -> indicator.tlp().shareable())
                        .map(indicator -> Map.of("type", indicator.type().code(), "value", indicator.value(),
                                "tlp", indicator.tlp().code())).toList()))
                .addValue("country", share.country())
                .addValue("sectorView", share.sectorView())
                .addValue("at", delivery.occurredAt().atOffset(ZoneOffset.UTC)));
    }

    /**
     * Empties the incident's row but for its label and instants, once.
     *
     * @return 1 when the row was withdrawn now, 0 when there is none or it was withdrawn already
     */
    public int withdrawn(String table, EventEnvelope<?> delivery, IncidentShareWithdrawn withdrawal) {
        return jdbc.update("update " + table + """
                   set summary = null, category = null, severity = null, phase = null, patient_care_impact = null,
                       cross_border = null, device_types = null, indicators = null, withdrawn_at = :at,
                       changed_at = :at, projected_at = clock_timestamp()
                 where incident_id = :incidentId and withdrawn_at is null""", Map.of(
                "incidentId", withdrawal.incidentId().value(),
                "at", delivery.occurredAt().atOffset(ZoneOffset.UTC)));
    }

    /**
     * The row as the reader sees it: each indicator kept only where the reader may read the stricter of its label and
     * its share's (all of them in the reader's own hospital's share), without the correlation's decoration.
     */
    public static SharedIncident read(ResultSet row, FeedAudience audience) throws SQLException {
        var tlp = Tlp.fromCode(row.getString("tlp"));
        boolean own = row.getString("hospital_id").equals(audience.ownHospital());
        boolean sectorView = row.getBoolean("sector_view");
        var indicators = list(row.getString("indicators"), new TypeReference<List<Map<String, String>>>() { })
                .stream()
                .map(indicator -> new SharedIncident.Indicator(indicator.get("type"), indicator.get("value"),
                        Tlp.fromCode(indicator.get("tlp"))))
                .filter(indicator -> own
                        || audience.readsIndicator(FeedAudience.stricter(indicator.tlp(), tlp), sectorView))
                .toList();
        return new SharedIncident(row.getString("incident_id"), row.getString("publisher"),
                row.getBoolean("pseudonymised"), own, row.getInt("revision"), tlp, row.getString("category"),
                row.getString("severity"), row.getString("summary"), row.getString("phase"),
                row.getString("patient_care_impact"), row.getString("cross_border"),
                list(row.getString("device_types"), new TypeReference<List<String>>() { }), indicators,
                instant(row.getTimestamp("first_shared_at")), instant(row.getTimestamp("changed_at")),
                instant(row.getTimestamp("withdrawn_at")), row.getString("country"), sectorView);
    }

    private static <T> List<T> list(String json, TypeReference<List<T>> type) {
        if (json == null) {
            return List.of();
        }
        try {
            return JSON.readValue(json, type);
        } catch (IOException e) {
            throw new UncheckedIOException("A share table's own JSON column does not read", e);
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value == null ? List.of() : value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Strings and lists always write as JSON", e);
        }
    }
}
