package eu.vigil.query.register.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.vigil.contracts.IncidentId;
import eu.vigil.testsupport.IncidentTopic;
import eu.vigil.testsupport.RealInfrastructure;
import eu.vigil.testsupport.TestTokens;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static eu.vigil.testsupport.IncidentEvents.reported;
import static org.assertj.core.api.Assertions.assertThat;

/** Every parameter of the incident list refuses what it cannot read with a problem that names it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class IncidentListParametersIT {

    private static final String HOSPITAL = "h-params-" + UUID.randomUUID().toString().substring(0, 8);
    private static final String OFFICER = TestTokens.bearer("u-officer-3", "SECURITY_OFFICER", HOSPITAL);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired TestRestTemplate http;
    @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers;
    @Value("${vigil.topics.incident-events}") String topic;

    static Stream<Arguments> hostileParameters() {
        return Stream.of(
                Arguments.of("phase", "nope"), Arguments.of("phase", "CONTAINMENT"),
                Arguments.of("phase", "x".repeat(5000)), Arguments.of("category", "fraud"),
                Arguments.of("category", "fraud/phishing' or '1'='1"), Arguments.of("severity", "extreme"),
                Arguments.of("obligations", "some"), Arguments.of("drills", "all"), Arguments.of("drills", "HIDE"),
                Arguments.of("sort", "summary"),
                Arguments.of("sort", "aware_at desc; drop table query.incident_register"),
                Arguments.of("from", "2026-02-30"), Arguments.of("from", "1999-12-31"),
                Arguments.of("to", "2100-01-01"), Arguments.of("from", "+99999-01-01T00:00:00Z"),
                Arguments.of("from", "2026-03-29T00:45:00"), Arguments.of("to", "1700000000"),
                Arguments.of("from", "2026-03-29T00:45:00Z".repeat(3)), Arguments.of("q", "x".repeat(201)),
                Arguments.of("q", "invoice\u202Efdp.exe"), Arguments.of("q", "!!! *** &&&"),
                Arguments.of("q", "a\u0007b"), Arguments.of("q", "two\nlines"), Arguments.of("limit", "0"),
                Arguments.of("limit", "201"), Arguments.of("limit", "abc"), Arguments.of("limit", "1e2"),
                Arguments.of("limit", "99999999999999999999"), Arguments.of("limit", "-1"),
                Arguments.of("cursor", "not a cursor"), Arguments.of("cursor", "x".repeat(300)),
                Arguments.of("cursor", Base64.getUrlEncoder().encodeToString(
                        ("1." + UUID.randomUUID() + ".0011223344556677").getBytes(StandardCharsets.US_ASCII))));
    }

    @ParameterizedTest(name = "{0}={1}")
    @MethodSource("hostileParameters")
    void aParameterThatCannotBeReadIsAnInvalidRequestProblemNamingIt(String name, String value) {
        for (String path : List.of("/api/incidents", "/incidents/export.csv")) {
            var response = get(path + "?" + name + "=" + encode(value), MediaType.APPLICATION_JSON);

            assertThat(response.getStatusCode()).as("%s: %s", path, response.getBody())
                    .isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(response.getBody().length()).as("echoes at most a short prefix").isLessThan(2_000);
            var problem = read(response.getBody());
            assertThat(problem.get("type").asText()).isEqualTo("urn:vigil:problem:invalid-request");
            assertThat(problem.get("errors").findValuesAsText("pointer")).containsExactly(name);
        }
    }

    @Test
    void aCursorMadeForOtherFiltersIsRefused() {
        var incidents = new IncidentTopic(bootstrapServers, topic);
        incidents.publish(reported(IncidentId.generate(), HOSPITAL, Instant.parse("2026-03-29T00:45:00Z")));
        incidents.publish(reported(IncidentId.generate(), HOSPITAL, Instant.parse("2026-03-30T00:45:00Z")));
        String next = Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> read(get("/api/incidents?limit=1", MediaType.APPLICATION_JSON).getBody()).get("next"),
                        cursor -> !cursor.isNull()).asText();

        var sameFilters = get("/api/incidents?limit=1&cursor=" + next, MediaType.APPLICATION_JSON);
        var otherSort = get("/api/incidents?limit=1&sort=reported-at&cursor=" + next, MediaType.APPLICATION_JSON);
        var edited = get("/api/incidents?limit=1&cursor=" + next.substring(0, next.length() - 2) + "AA",
                MediaType.APPLICATION_JSON);

        assertThat(sameFilters.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(read(sameFilters.getBody()).get("items")).hasSize(1);
        assertThat(otherSort.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(read(otherSort.getBody()).get("errors").findValuesAsText("pointer")).containsExactly("cursor");
        assertThat(edited.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void everyBadParameterIsListedAtOnce() {
        var problem = read(get("/api/incidents?phase=x&severity=y&from=2026-05-01&to=2026-04-01&limit=0",
                MediaType.APPLICATION_JSON).getBody());

        assertThat(problem.get("errors").findValuesAsText("pointer"))
                .containsExactly("phase", "severity", "limit", "to");
    }

    @Test
    void thePageShowsTheFormWithWhatToCorrectInsteadOfTheList() {
        var response = get("/incidents?phase=nope&q=ward", MediaType.TEXT_HTML);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("Check “Phase”: this value cannot be used.")
                .contains("name=\"q\" type=\"search\" maxlength=\"200\" value=\"ward\"")
                .doesNotContain("<table");
    }

    private ResponseEntity<String> get(String pathAndQuery, MediaType accept) {
        return http.exchange(RequestEntity.get(URI.create(pathAndQuery)).accept(accept)
                .header("Accept-Language", "en").header("Authorization", "Bearer " + OFFICER).build(),
                String.class);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException("not JSON: " + json, e);
        }
    }
}
