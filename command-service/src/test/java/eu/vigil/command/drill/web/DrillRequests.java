package eu.vigil.command.drill.web;

import eu.vigil.testsupport.TestTokens;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The drill tests' users, hospitals and requests: JSON to the API, pages and forms as a browser sends them. */
final class DrillRequests {

    static final String OFFICER = TestTokens.bearer("u-officer-1", "SECURITY_OFFICER", "h-brugge");
    static final String OTHER_OFFICER = TestTokens.bearer("u-officer-9", "SECURITY_OFFICER", "h-lyon");
    static final String DPO = TestTokens.bearer("u-dpo-1", "DPO", "h-brugge");
    private static final String ADMIN = TestTokens.bearer("u-admin-1", "ADMIN", null);

    private DrillRequests() {
    }

    /** Brugge, the officer's and the DPO's, and Lyon, the other officer's. */
    static void serveBruggeAndLyon(TestRestTemplate http) {
        for (var hospital : List.of("h-brugge", "h-lyon")) {
            var response = http.exchange("/api/hospitals/" + hospital, HttpMethod.PUT, json("""
                    {"name": "%s", "country": "BE", "timeZone": "Europe/Brussels", "language": "nl"}"""
                    .formatted(hospital), ADMIN), String.class);
            assertThat(response.getStatusCode().is2xxSuccessful()).isTrue();
        }
    }

    static HttpEntity<String> json(String body, String token) {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBearerAuth(token);
        return new HttpEntity<>(body, headers);
    }

    static HttpEntity<String> withKey(HttpEntity<String> request, String key) {
        var headers = new HttpHeaders();
        headers.putAll(request.getHeaders());
        headers.set("Idempotency-Key", key);
        return new HttpEntity<>(request.getBody(), headers);
    }

    static ResponseEntity<String> page(TestRestTemplate http, String path, String token) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(browser(token, null)), String.class);
    }

    /** A form posted, its redirect answered rather than followed. */
    static ResponseEntity<String> postForm(TestRestTemplate http, String path, String form, String token) {
        return http.withRedirects(ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW).exchange(path,
                HttpMethod.POST, new HttpEntity<>(form, browser(token, MediaType.APPLICATION_FORM_URLENCODED)),
                String.class);
    }

    /** The drill's (or any aggregate's) stored events, as JSON, in order. */
    static List<String> storedPayloads(JdbcClient jdbc, Object aggregateId) {
        return jdbc.sql("""
                        select convert_from(payload, 'UTF8') from incident.domain_event_entry
                         where aggregate_identifier = :id order by sequence_number""")
                .param("id", aggregateId.toString()).query(String.class).list();
    }

    private static HttpHeaders browser(String token, MediaType type) {
        var headers = new HttpHeaders();
        headers.setBearerAuth(token);
        headers.setAccept(List.of(MediaType.TEXT_HTML, MediaType.APPLICATION_JSON));
        if (type != null) {
            headers.setContentType(type);
        }
        return headers;
    }
}
