package eu.vigil.query.drill;

import com.fasterxml.jackson.databind.JsonNode;
import eu.vigil.contracts.Actor;
import eu.vigil.contracts.EventEnvelope;
import eu.vigil.contracts.EventJson;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.incident.Severity;
import eu.vigil.contracts.notification.NotificationEvent;
import eu.vigil.contracts.notification.ObligationOpened;
import eu.vigil.contracts.notification.ReminderTriggered;
import eu.vigil.query.IncidentStory;
import eu.vigil.testsupport.IncidentTopic;
import org.awaitility.Awaitility;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A real incident of the drill's hospital with an obligation, in the clear as every real incident's records are. */
final class RealIncidentBeside {

    private final IncidentStory story;
    private final String hospital;
    private final UUID obligation = UUID.randomUUID();

    RealIncidentBeside(String hospital) {
        this.hospital = hospital;
        this.story = new IncidentStory(hospital);
    }

    UUID incident() {
        return story.id();
    }

    RealIncidentBeside publish(Environment context, JdbcClient jdbc) {
        String servers = context.getRequiredProperty("spring.kafka.bootstrap-servers");
        new IncidentTopic(servers, context.getRequiredProperty("vigil.topics.incident-events")).publishAll(List.of(
                story.next(story.reported()), story.next(story.classified(Severity.HIGH, null))));
        var due = IncidentStory.AWARE.plus(Duration.ofHours(24));
        new IncidentTopic(servers, context.getRequiredProperty("vigil.topics.notification-events")).publishAll(List.of(
                notice(0, new ObligationOpened(obligation, story.incident(), HospitalId.of(hospital),
                        "NIS2_EARLY_WARNING", "nis2", "NIS2_EARLY_WARNING", "csirt", "CCB", "NIS2 Art. 23(4)",
                        URI.create("https://eur-lex.europa.eu/eli/dir/2022/2555/oj"), "BE", "1", false,
                        IncidentStory.AWARE, due, "Europe/Brussels", false, null)),
                notice(1, new ReminderTriggered(obligation, due, Duration.ofHours(4)))));
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> rows(jdbc).equals(List.of(1, 2, 1, 2)));
        return this;
    }

    /** Its rows and pages are as they were before any drill was deleted. */
    void assertUntouched(TestRestTemplate http, String token, JdbcClient jdbc) {
        assertThat(rows(jdbc)).containsExactly(1, 2, 1, 2);
        var headers = new HttpHeaders();
        headers.setBearerAuth(token);
        var incident = http.exchange("/api/incidents/" + incident(), HttpMethod.GET, new HttpEntity<>(headers),
                JsonNode.class);
        assertThat(incident.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(incident.getBody().get("severity").asText()).isEqualTo("high");
        assertThat(http.exchange("/api/incidents/" + incident() + "/obligations", HttpMethod.GET,
                new HttpEntity<>(headers), JsonNode.class).getBody()).hasSize(1);
    }

    private List<Integer> rows(JdbcClient jdbc) {
        return List.of("incident_register", "incident_timeline", "obligation", "obligation_history").stream()
                .map(table -> jdbc.sql("select count(*) from query." + table + " where incident_id = :id")
                        .param("id", incident()).query(Integer.class).single()).toList();
    }

    private EventEnvelope<NotificationEvent> notice(long sequence, NotificationEvent event) {
        return new EventEnvelope<>(UUID.randomUUID(), EventJson.typeOf(event), 1, obligation.toString(), sequence,
                HospitalId.of(hospital), IncidentStory.AWARE.plus(Duration.ofMinutes(sequence)),
                Actor.system("notifier"), event);
    }
}
