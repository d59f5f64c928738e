package eu.vigil.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.HdrHistogram.Histogram;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * How late the reminders scheduled in a window were: each {@code ReminderTriggered} in the notifier's event store
 * (its scheduled instant is the payload's {@code dueAt} minus {@code leadTime}) against its {@code time_stamp} (when
 * the deadline handler applied it) and against the first SMTP arrival of its mail ({@code X-Vigil-Event-Id}).
 */
final class ReminderPrecision {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long HIGHEST_MILLIS = Duration.ofHours(1).toMillis();

    /** Milliseconds late, from the scheduled instant; {@code mailed} counts reminders with a mail arrived. */
    record Lateness(long triggered, Histogram event, long mailed, Histogram mail) {
    }

    private final Database database;

    ReminderPrecision(Database database) {
        this.database = database;
    }

    /** ReminderTriggered events whose scheduled instant lies in [from, until]. */
    long triggered(Instant from, Instant until) throws SQLException {
        return measure(from, until, Map.of()).triggered();
    }

    Lateness measure(Instant from, Instant until, Map<String, Instant> mailArrivals) throws SQLException {
        var event = new Histogram(HIGHEST_MILLIS, 3);
        var mail = new Histogram(HIGHEST_MILLIS, 3);
        long triggered = 0;
        long mailed = 0;
        try (var connection = database.connect(); var result = connection.createStatement().executeQuery("""
                select event_identifier, time_stamp, payload from notification.domain_event_entry
                where payload_type like '%.ReminderTriggered'""")) {
            while (result.next()) {
                JsonNode payload = read(result.getBytes(3));
                Instant scheduled = instant(payload.path("dueAt")).minus(duration(payload.path("leadTime")));
                if (scheduled.isBefore(from) || scheduled.isAfter(until)) {
                    continue;
                }
                triggered++;
                record(event, scheduled, Instant.parse(result.getString(2)));
                Instant arrived = mailArrivals.get(result.getString(1));
                if (arrived != null) {
                    mailed++;
                    record(mail, scheduled, arrived);
                }
            }
        }
        return new Lateness(triggered, event, mailed, mail);
    }

    private static void record(Histogram histogram, Instant scheduled, Instant happened) {
        long millis = Duration.between(scheduled, happened).toMillis();
        histogram.recordValue(Math.max(0, Math.min(HIGHEST_MILLIS, millis)));
    }

    private static JsonNode read(byte[] payload) {
        try {
            return JSON.readTree(new String(payload, StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("A ReminderTriggered payload is not JSON", e);
        }
    }

    // Jackson's JavaTimeModule writes ISO text, or decimal seconds when dates are written as timestamps
    private static Instant instant(JsonNode value) {
        if (value.isTextual()) {
            return Instant.parse(value.asText());
        }
        BigDecimal seconds = value.decimalValue();
        return Instant.ofEpochSecond(seconds.longValue(), seconds.remainder(BigDecimal.ONE).movePointRight(9).longValue());
    }

    private static Duration duration(JsonNode value) {
        if (value.isTextual()) {
            return Duration.parse(value.asText());
        }
        BigDecimal seconds = value.decimalValue();
        return Duration.ofSeconds(seconds.longValue(), seconds.remainder(BigDecimal.ONE).movePointRight(9).longValue());
    }
}
