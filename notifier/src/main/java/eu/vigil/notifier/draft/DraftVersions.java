package eu.vigil.notifier.draft;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Reads {@code notification.draft_version}; {@link DraftProjection} is its only writer. */
@Repository
class DraftVersions {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COLUMNS = """
            select obligation_id, version, report_kind, language, fields, from_incident, digest, saved_by, saved_at,
                   approved_by, approvals_required, approved_at
              from notification.draft_version""";

    private final JdbcClient jdbc;

    DraftVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<DraftVersion> latest(UUID obligationId) {
        return jdbc.sql(COLUMNS + " where obligation_id = :id order by version desc limit 1")
                .param("id", obligationId).query(DraftVersions::row).optional();
    }

    Optional<DraftVersion> find(UUID obligationId, int version) {
        return jdbc.sql(COLUMNS + " where obligation_id = :id and version = :version")
                .param("id", obligationId).param("version", version).query(DraftVersions::row).optional();
    }

    /** Every version, newest first. */
    List<DraftVersion> all(UUID obligationId) {
        return jdbc.sql(COLUMNS + " where obligation_id = :id order by version desc")
                .param("id", obligationId).query(DraftVersions::row).list();
    }

    private static DraftVersion row(ResultSet row, int n) throws SQLException {
        var kind = ReportKind.ofCode(row.getString("report_kind")).orElseThrow();
        Map<String, String> stored = read(row.getString("fields"), new TypeReference<>() { });
        var fields = new EnumMap<DraftField, String>(DraftField.class);
        stored.forEach((key, text) -> DraftField.ofKey(key).ifPresent(field -> fields.put(field, text)));
        var fromIncident = EnumSet.noneOf(DraftField.class);
        List<String> fromKeys = read(row.getString("from_incident"), new TypeReference<>() { });
        fromKeys.forEach(key -> DraftField.ofKey(key).ifPresent(fromIncident::add));
        return new DraftVersion(row.getObject("obligation_id", UUID.class), row.getInt("version"), kind,
                row.getString("language"), fields, fromIncident, row.getString("digest"), row.getString("saved_by"),
                instant(row, "saved_at"), strings(row.getArray("approved_by")),
                (Integer) row.getObject("approvals_required"), instant(row, "approved_at"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        var value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored draft is not JSON", e);
        }
    }
}
