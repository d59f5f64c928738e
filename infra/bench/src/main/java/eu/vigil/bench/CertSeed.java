package eu.vigil.bench;

import eu.vigil.contracts.RsitCategory;
import eu.vigil.contracts.Tlp;
import eu.vigil.contracts.YesNoUnknown;
import eu.vigil.contracts.incident.PatientCareImpact;
import eu.vigil.contracts.incident.Phase;
import eu.vigil.contracts.incident.Severity;
import org.postgresql.PGConnection;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The HealthCERT dataset written straight into query-service's feed tables with COPY (issue 16: "seeded directly"):
 * {@code indicators / 10} shares in {@code query.shared_incident} spread evenly over the hospitals and the last year,
 * TLP clear, green and amber in turn, every third one pseudonymised, each with ten SHA-256 indicators, and their rows
 * in {@code query.indicator_sighting}. Most values are seen once (the long tail); {@link #HOT} values are each seen
 * at 2 to 50 hospitals, as {@code SharedIncidentProjection} would have written them.
 */
final class CertSeed {

    static final int HOT = 300;
    static final int PER_SHARE = 10;
    private static final int BATCH = 5_000;
    private static final List<Tlp> LABELS = List.of(Tlp.CLEAR, Tlp.GREEN, Tlp.AMBER);

    private final Database database;
    private final int hospitals;
    private final int shares;
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private final Map<Long, Integer> hotSlots = new HashMap<>(); // share * PER_SHARE + slot -> hot value

    CertSeed(Database database, int hospitals, int indicators) {
        this.database = database;
        this.hospitals = hospitals;
        this.shares = indicators / PER_SHARE;
        int perHospital = shares / hospitals;
        for (int value = 0; value < HOT; value++) {
            int seenAt = Math.min(hospitals, 2 + value % 49);
            for (int h = 0; h < seenAt; h++) {
                long share = (long) ((value * 37 + h) % hospitals) * perHospital + (value * 7L + h) % perHospital;
                hotSlots.putIfAbsent(share * PER_SHARE + value % PER_SHARE, value);
            }
        }
    }

    int shares() {
        return shares;
    }

    static String hospital(int number) {
        return "h-%04d".formatted(number);
    }

    /** A hot value seen at many hospitals: the higher {@code value % 49}, the more. */
    static String hotValue(int value) {
        return sha256("hot-" + value);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    void run() throws Exception {
        try (var connection = database.connect()) {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (int first = 0; first < shares; first += BATCH) {
                var incidents = new StringBuilder();
                var sightings = new StringBuilder();
                for (int share = first; share < Math.min(shares, first + BATCH); share++) {
                    share(share, incidents, sightings);
                }
                copy.copyIn("copy query.shared_incident (incident_id, hospital_id, publisher, pseudonymised, revision,"
                        + " tlp, category, severity, summary, phase, patient_care_impact, cross_border, device_types,"
                        + " indicators, first_shared_at, changed_at) from stdin (format csv)",
                        new StringReader(incidents.toString()));
                copy.copyIn("copy query.indicator_sighting (indicator_type, indicator_value, incident_id,"
                        + " hospital_id, first_seen, last_seen) from stdin (format csv)",
                        new StringReader(sightings.toString()));
            }
            try (var statement = connection.createStatement()) {
                // the counts query-service keeps by value (V14), as its projection would have left them
                statement.execute("""
                        insert into query.indicator_correlation
                               (indicator_type, indicator_value, hospitals, incidents, first_seen, last_seen)
                        select indicator_type, indicator_value, count(distinct hospital_id), count(*),
                               min(first_seen), max(last_seen)
                          from query.indicator_sighting group by indicator_type, indicator_value""");
                statement.execute("vacuum analyze query.shared_incident");
                statement.execute("vacuum analyze query.indicator_sighting");
                statement.execute("vacuum analyze query.indicator_correlation");
            }
        }
    }

    private void share(int number, StringBuilder incidents, StringBuilder sightings) {
        int perHospital = shares / hospitals;
        String hospital = hospital(Math.min(hospitals - 1, number / Math.max(1, perHospital)));
        var id = UUID.nameUUIDFromBytes(("cert-share-" + number).getBytes(StandardCharsets.UTF_8));
        Tlp tlp = LABELS.get(number % LABELS.size());
        boolean pseudonymised = number % 3 == 0;
        Instant at = now.minus(Duration.ofSeconds(60 + (long) number * 31_536_000L / shares % 31_536_000L));
        var json = new StringBuilder("[");
        for (int slot = 0; slot < PER_SHARE; slot++) {
            Integer hot = hotSlots.get((long) number * PER_SHARE + slot);
            String value = hot != null ? hotValue(hot) : sha256("tail-" + number + "-" + slot);
            json.append(slot == 0 ? "" : ",").append("{\"type\":\"sha256\",\"value\":\"").append(value)
                    .append("\",\"tlp\":\"").append(tlp.code()).append("\"}");
            sightings.append("sha256,").append(value).append(',').append(id).append(',').append(hospital)
                    .append(',').append(at).append(',').append(at).append('\n');
        }
        json.append(']');
        incidents.append(id).append(',').append(hospital).append(',')
                .append(pseudonymised ? "p-" + sha256(hospital).substring(0, 12) : hospital).append(',')
                .append(pseudonymised).append(",1,").append(tlp.code()).append(',')
                .append(RsitCategory.values()[number % RsitCategory.values().length].code()).append(',')
                .append(Severity.values()[number % Severity.values().length].code()).append(',')
                .append("Shared summary ").append(number).append(',')
                .append(Phase.values()[number % Phase.values().length].code()).append(',')
                .append(PatientCareImpact.values()[number % PatientCareImpact.values().length].code()).append(',')
                .append(YesNoUnknown.UNKNOWN.code()).append(",\"[]\",\"").append(json.toString().replace("\"", "\"\""))
                .append("\",").append(at).append(',').append(at).append('\n');
    }
}
