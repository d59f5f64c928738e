package eu.vigil.command.incident.web;

import eu.vigil.testsupport.TestTokens;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** JSON requests with a bearer token, and times around now written as placeholders so bodies read as text. */
final class ApiRequests {

    static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private static final String ADMIN = TestTokens.bearer("u-admin-1", "ADMIN", null);

    private ApiRequests() {
    }

    /** Resolves BEFORE_DETECTION, DETECTED, AWARE, AFTER_AWARE and FUTURE to instants around now. */
    static HttpEntity<String> json(String body, String token) {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBearerAuth(token);
        return new HttpEntity<>(body
                .replace("BEFORE_DETECTION", NOW.minus(Duration.ofHours(4)).toString())
                .replace("AFTER_AWARE", NOW.minus(Duration.ofHours(1)).toString())
                .replace("DETECTED", NOW.minus(Duration.ofHours(3)).toString())
                .replace("FUTURE", NOW.plus(Duration.ofHours(1)).toString())
                .replace("AWARE", NOW.minus(Duration.ofHours(2)).toString()), headers);
    }

    static HttpEntity<String> withKey(HttpEntity<String> request, String idempotencyKey) {
        var headers = new HttpHeaders();
        headers.putAll(request.getHeaders());
        headers.set("Idempotency-Key", idempotencyKey);
        return new HttpEntity<>(request.getBody(), headers);
    }

    static void registerHospital(TestRestTemplate http, String id, String country, String zone) {
        var hospital = """
                {"name": "%s", "country": "%s", "timeZone": "%s", "language": "nl"}""".formatted(id, country, zone);
        var response = http.exchange("/api/hospitals/" + id, HttpMethod.PUT, json(hospital, ADMIN), String.class);
        assertThat(response.getStatusCode().is2xxSuccessful()).isTrue();
    }

    /** How many events the event store holds for the incident. */
    static long storedEventsOf(JdbcClient jdbc, String incidentId) {
        return jdbc.sql("select count(*) from incident.domain_event_entry where aggregate_identifier = :id")
                .param("id", incidentId).query(Long.class).single();
    }
}
