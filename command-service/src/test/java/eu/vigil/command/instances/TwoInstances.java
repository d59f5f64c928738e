package eu.vigil.command.instances;

import com.fasterxml.jackson.databind.JsonNode;
import eu.vigil.command.CommandServiceApplication;
import eu.vigil.testsupport.TestInfrastructure;
import eu.vigil.testsupport.TestTokens;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Two instances of command-service, {@code a} and {@code b}: two application contexts in this JVM on random ports,
 * on one database and one broker, as two processes behind a load balancer would be. Each has its own node name in
 * the token store; both share the publication's transactional id, as in production (this test's own, since other
 * tests' services use the same broker).
 */
final class TwoInstances implements AutoCloseable {

    static final String A = "a";
    static final String B = "b";
    static final String OFFICER = TestTokens.bearer("u-officer-1", "SECURITY_OFFICER", "h-brugge");
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    private final Map<String, Object> properties;
    private final Map<String, ConfigurableApplicationContext> running = new LinkedHashMap<>();

    TwoInstances(String hint) {
        var shared = new HashMap<>(TestInfrastructure.shared().isolatedProperties(hint));
        shared.put("vigil.publication.transactional-id", "command-service-publication-" + UUID.randomUUID());
        properties = Map.copyOf(shared);
        start(A);
        start(B);
    }

    /** The name each instance's claims carry in the token store. */
    static String nodeOf(String instance) {
        return "command-service-" + instance;
    }

    private void start(String instance) {
        // command-line arguments, because builder properties are defaults that application.yml overrides
        var arguments = Stream.concat(properties.entrySet().stream()
                        .map(entry -> "--" + entry.getKey() + "=" + entry.getValue()),
                Stream.of("--server.port=0", "--vigil.event-store.node-id=" + nodeOf(instance)));
        var context = new SpringApplicationBuilder(CommandServiceApplication.class)
                .run(arguments.toArray(String[]::new));
        running.put(instance, context);
        jdbc().sql("""
                insert into incident.hospital (hospital_id, name, country, time_zone, language)
                values ('h-brugge', 'AZ Sint-Aurelia Brugge', 'BE', 'Europe/Brussels', 'nl')
                on conflict do nothing""").update();
    }

    ConfigurableApplicationContext context(String instance) {
        return running.get(instance);
    }

    void stop(String instance) {
        running.remove(instance).close();
    }

    JdbcClient jdbc() {
        return running.values().iterator().next().getBean(JdbcClient.class);
    }

    String property(String name) {
        return properties.get(name).toString();
    }

    /** Reports an incident through the instance's API; the answer's body holds {@code incidentId} and {@code sequence}. */
    ResponseEntity<JsonNode> report(String instance, String summary) {
        return send(instance, HttpMethod.POST, "/api/incidents", """
                {"summary": "%s", "detectedAt": "%s", "awareAt": "%s", "category": "malicious-code/infected-system"}"""
                .formatted(summary, NOW.minus(Duration.ofHours(3)), NOW.minus(Duration.ofHours(2))), null);
    }

    ResponseEntity<JsonNode> appendTimelineEntry(String instance, String incidentId, String text, String key) {
        return send(instance, HttpMethod.POST, "/api/incidents/" + incidentId + "/timeline", """
                {"kind": "observation", "text": "%s", "happenedAt": "%s"}"""
                .formatted(text, NOW.minus(Duration.ofHours(1))), key);
    }

    ResponseEntity<JsonNode> send(String instance, HttpMethod method, String path, String body, String key) {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBearerAuth(OFFICER);
        if (key != null) {
            headers.set("Idempotency-Key", key);
        }
        return http(instance).exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
    }

    ResponseEntity<JsonNode> get(String instance, String path) {
        var headers = new HttpHeaders();
        headers.setBearerAuth(OFFICER);
        return http(instance).exchange(path, HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
    }

    private TestRestTemplate http(String instance) {
        String port = context(instance).getEnvironment().getProperty("local.server.port");
        return new TestRestTemplate(new RestTemplateBuilder().rootUri("http://localhost:" + port));
    }

    /** The sequences the event store holds for the incident, in order. */
    List<Long> storedSequences(String incidentId) {
        return jdbc().sql("""
                        select sequence_number from incident.domain_event_entry
                         where aggregate_identifier = :id order by sequence_number""")
                .param("id", incidentId).query(Long.class).list();
    }

    @Override
    public void close() {
        running.values().forEach(ConfigurableApplicationContext::close);
        running.clear();
    }
}
