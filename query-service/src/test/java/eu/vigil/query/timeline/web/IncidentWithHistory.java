package eu.vigil.query.timeline.web;

import com.fasterxml.jackson.databind.JsonNode;
import eu.vigil.contracts.Actor;
import eu.vigil.contracts.Tlp;
import eu.vigil.contracts.YesNoUnknown;
import eu.vigil.contracts.incident.IncidentEvent;
import eu.vigil.contracts.incident.PatientCareImpact;
import eu.vigil.contracts.incident.Phase;
import eu.vigil.contracts.incident.Severity;
import eu.vigil.contracts.incident.Significance;
import eu.vigil.query.IncidentStory;
import eu.vigil.testsupport.IncidentTopic;
import eu.vigil.testsupport.RealInfrastructure;
import eu.vigil.testsupport.TestTokens;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static eu.vigil.query.IncidentStory.AWARE;

/**
 * An incident of Brugge with a report, its assessments, a timeline entry and its correction, an indicator and a phase
 * change, fed through the topic as the command service feeds them; the page's and the history API's tests read it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vigil.timeline.seen-wait=3s")
@RealInfrastructure
abstract class IncidentWithHistory {

    static final String OFFICER_OF_BRUGGE = TestTokens.bearer("u-officer-7", "SECURITY_OFFICER", "h-brugge");
    static final String DPO_OF_BRUGGE = TestTokens.bearer("u-dpo-1", "DPO", "h-brugge");
    static final String OFFICER_OF_LYON = TestTokens.bearer("u-officer-9", "SECURITY_OFFICER", "h-lyon");
    static final Actor DPO = new Actor("u-dpo-1", "DPO");

    @Autowired TestRestTemplate http;
    @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers;
    @Value("${vigil.topics.incident-events}") String topic;

    IncidentTopic incidents;
    IncidentStory story;
    final UUID firstEntry = UUID.randomUUID();
    final UUID correctedEntry = UUID.randomUUID();
    final UUID indicator = UUID.randomUUID();

    @BeforeEach
    void aReportedIncidentWithItsDetailsAndAHistory() {
        incidents = new IncidentTopic(bootstrapServers, topic);
        story = new IncidentStory("h-brugge");
        publish(story.reported());                                                            // 0
        publish(story.classified(Severity.HIGH, null));                                       // 1
        publish(story.impactAssessed(PatientCareImpact.DIVERTED_PATIENTS));                   // 2
        incidents.publish(story.next(DPO, story.personalDataAssessed(YesNoUnknown.YES)));     // 3
        incidents.publish(story.next(DPO, story.significanceAssessed(Significance.YES,
                "Imaging down for hours")));                                                  // 4
        publish(story.entry(firstEntry, "PACS server isolated", AWARE.plusSeconds(600)));     // 5
        publish(story.indicator(indicator, "evil.example", Tlp.AMBER));                       // 6
        publish(story.phaseChanged(Phase.DETECTION, Phase.CONTAINMENT));                      // 7
        publish(story.correction(correctedEntry, firstEntry, "PACS and RIS servers isolated",
                AWARE.plusSeconds(600), "The RIS server was isolated as well"));              // 8
        awaitHistoryUpTo(story.nextSequence() - 1);
    }

    void publish(IncidentEvent event) {
        incidents.publish(story.next(event));
    }

    void awaitHistoryUpTo(long sequence) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            var response = get("/api/incidents/" + story.id() + "/history", DPO_OF_BRUGGE, JsonNode.class);
            return response.getStatusCode() == HttpStatus.OK
                    && response.getBody().get(0).get("sequence").asLong() == sequence;
        });
    }

    // the register consumes in a group of its own and may still be behind the timeline
    JsonNode awaitRegisterInContainment() {
        return Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> get("/api/incidents/" + story.id(), DPO_OF_BRUGGE, JsonNode.class).getBody(),
                        incident -> "containment".equals(incident.path("phase").asText()));
    }

    ResponseEntity<String> page(String url, String token, Locale locale) {
        var headers = new HttpHeaders();
        headers.setBearerAuth(token);
        headers.setAccept(List.of(MediaType.TEXT_HTML));
        headers.setAcceptLanguageAsLocales(List.of(locale));
        return http.exchange(url, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    <T> ResponseEntity<T> get(String url, String token, Class<T> type) {
        var headers = new HttpHeaders();
        headers.setBearerAuth(token);
        return http.exchange(url, HttpMethod.GET, new HttpEntity<>(headers), type);
    }
}
