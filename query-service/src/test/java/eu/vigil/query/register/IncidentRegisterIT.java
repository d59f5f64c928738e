package eu.vigil.query.register;

import com.fasterxml.jackson.databind.JsonNode;
import eu.vigil.consumer.PermanentFailure;
import eu.vigil.consumer.fold.EventOutOfOrderException;
import eu.vigil.consumer.fold.FoldMissingException;
import eu.vigil.consumer.incident.IncidentFold;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.Tlp;
import eu.vigil.contracts.YesNoUnknown;
import eu.vigil.contracts.incident.IncidentEvent;
import eu.vigil.contracts.incident.IncidentShareWithdrawn;
import eu.vigil.contracts.incident.IncidentState;
import eu.vigil.contracts.incident.PatientCareImpact;
import eu.vigil.contracts.incident.Phase;
import eu.vigil.contracts.incident.Severity;
import eu.vigil.contracts.incident.Significance;
import eu.vigil.query.IncidentStory;
import eu.vigil.testsupport.GeneratedIncidents;
import eu.vigil.testsupport.IncidentEvents;
import eu.vigil.testsupport.IncidentTopic;
import eu.vigil.testsupport.RealInfrastructure;
import eu.vigil.testsupport.TestTokens;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.LongStream;

import static eu.vigil.testsupport.IncidentEvents.reported;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class IncidentRegisterIT {

    // 15 minutes before EU clocks go forward (2026-03-29 01:00 UTC): stored and shown as the same instant.
    private static final Instant AWARE = Instant.parse("2026-03-29T00:45:00Z");

    @Autowired TestRestTemplate http;
    @Autowired JdbcClient jdbc;
    @Autowired IncidentRegisterProjection projection;
    @Autowired IncidentRegister register;
    @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers;
    @Value("${vigil.topics.incident-events}") String topic;
    @Value("${spring.kafka.consumer.group-id}") String group;

    private IncidentTopic incidents;

    @BeforeEach
    void topic() {
        incidents = new IncidentTopic(bootstrapServers, topic);
    }

    @Test
    void aReportedIncidentAppearsInTheRegisterWithItsFields() {
        var incident = IncidentId.generate();

        incidents.publish(reported(incident, "h-brugge", AWARE));

        JsonNode row = awaitRegistered(incident).getBody();
        assertThat(row.get("incidentId").asText()).isEqualTo(incident.toString());
        assertThat(row.get("hospitalId").asText()).isEqualTo("h-brugge");
        assertThat(row.get("summary").asText()).isEqualTo("Ransom note on the PACS viewer");
        assertThat(row.get("category").asText()).isEqualTo("information-content-security/unauthorised-information-modification");
        assertThat(Instant.parse(row.get("detectedAt").asText())).isEqualTo(AWARE.minusSeconds(600));
        assertThat(Instant.parse(row.get("awareAt").asText())).isEqualTo(AWARE);
        assertThat(row.get("personalDataInvolved").asText()).isEqualTo("unknown");
        assertThat(Instant.parse(row.get("reportedAt").asText())).isEqualTo(IncidentEvents.REPORTED);
        assertThat(row.get("reportedBy").asText()).isEqualTo("u-officer-7");
        assertThat(row.get("phase").asText()).isEqualTo("detection");
        assertThat(row.get("severity").isNull()).isTrue();
        assertThat(row.get("sharedTlp").isNull()).isTrue();
    }

    @Test
    void laterEventsChangeTheIncidentsStateInTheRegister() {
        var story = new IncidentStory("h-koeln");
        Instant earlier = AWARE.minus(Duration.ofHours(1));

        projection.apply(story.next(story.reported()));
        projection.apply(story.next(story.classified(Severity.HIGH, null)));
        projection.apply(story.next(story.impactAssessed(PatientCareImpact.DIVERTED_PATIENTS)));
        projection.apply(story.next(story.personalDataAssessed(YesNoUnknown.YES)));
        projection.apply(story.next(story.significanceAssessed(Significance.YES, "Imaging down for hours")));
        projection.apply(story.next(story.phaseChanged(Phase.DETECTION, Phase.CONTAINMENT)));
        projection.apply(story.next(story.awarenessCorrected(earlier, "The night shift saw it first")));
        projection.apply(story.next(story.shared(Tlp.AMBER, Phase.CONTAINMENT)));
        projection.apply(story.next(story.entry(UUID.randomUUID(), "Backups checked", AWARE)));

        var row = register.find(story.id()).orElseThrow();
        assertThat(row.category()).isEqualTo("malicious-code/infected-system");
        assertThat(row.severity()).isEqualTo("high");
        assertThat(row.patientCareImpact()).isEqualTo("diverted-patients");
        assertThat(row.personalDataInvolved()).isEqualTo("yes");
        assertThat(row.significance()).isEqualTo("yes");
        assertThat(row.phase()).isEqualTo("containment");
        assertThat(row.awareAt()).isEqualTo(earlier);
        assertThat(row.detectedAt()).isEqualTo(IncidentStory.DETECTED);
        assertThat(row.sharedTlp()).isEqualTo("amber");
    }

    @Test
    void givenAMissingEarlierEventWhenALaterOneArrivesThenItIsRefusedUntilTheEarlierOneIsFoldedIn() {
        var story = new IncidentStory("h-koeln");
        var reported = story.next(story.reported());
        var analysis = story.next(story.phaseChanged(Phase.DETECTION, Phase.ANALYSIS));
        var containment = story.next(story.phaseChanged(Phase.ANALYSIS, Phase.CONTAINMENT));
        projection.apply(reported);

        assertThatThrownBy(() -> projection.apply(containment)).isInstanceOf(EventOutOfOrderException.class)
                .isInstanceOf(PermanentFailure.class);
        assertThat(register.find(story.id()).orElseThrow().phase()).isEqualTo("detection");

        projection.apply(analysis);
        projection.apply(containment); // as a replay of its dead letter does
        assertThat(register.find(story.id()).orElseThrow().phase()).isEqualTo("containment");
    }

    @Test
    void givenARowProjectedBeforeTheStateWasKeptWhenItsNextEventArrivesThenItParksAndTheRowStays() {
        var story = new IncidentStory("h-koeln");
        projection.apply(story.next(story.reported()));
        jdbc.sql("update query.incident_register set state = null where incident_id = :id")
                .param("id", story.id()).update();

        var next = story.next(story.phaseChanged(Phase.DETECTION, Phase.ANALYSIS));
        assertThatThrownBy(() -> projection.apply(next)).isInstanceOf(FoldMissingException.class);
        assertThat(register.find(story.id()).orElseThrow().phase()).isEqualTo("detection");
    }

    @Test
    void givenGeneratedHistoriesWhenProjectedThenEachRowIsWhatTheOneFoldOfItsEventsSays() {
        var histories = LongStream.range(0, 40)
                .mapToObj(seed -> GeneratedIncidents.history(seed, "h-koeln", 5 + (int) seed * 2)).toList();
        assertThat(GeneratedIncidents.typesIn(histories))
                .containsExactlyInAnyOrder(IncidentEvent.class.getPermittedSubclasses());

        for (var history : histories) {
            history.forEach(projection::apply);
            projection.apply(history.get(history.size() / 2)); // a duplicate delivery changes nothing

            var state = IncidentState.of(GeneratedIncidents.payloads(history));
            var row = register.find(state.incidentId().value()).orElseThrow();
            assertThat(row.category()).isEqualTo(state.category().code());
            assertThat(row.severity()).isEqualTo(state.severity() == null ? null : state.severity().code());
            assertThat(row.phase()).isEqualTo(state.phase().code());
            assertThat(row.detectedAt()).isEqualTo(state.detectedAt());
            assertThat(row.awareAt()).isEqualTo(state.awareAt());
            assertThat(row.personalDataInvolved()).isEqualTo(state.personalDataInvolved().code());
            assertThat(row.significance()).isEqualTo(state.significanceDecision() == null ? null
                    : state.significanceDecision().code());
            assertThat(row.patientCareImpact()).isEqualTo(state.patientCareImpact() == null ? null
                    : state.patientCareImpact().code());
            assertThat(row.sharedTlp()).isEqualTo(state.share() == null ? null : state.share().tlp().code());
            assertThat(storedState(state.incidentId())).isEqualTo(state);
        }
    }

    @Test
    void aWithdrawnShareLeavesTheIncidentUnshared() {
        var story = new IncidentStory("h-koeln");

        projection.apply(story.next(story.reported()));
        projection.apply(story.next(story.shared(Tlp.GREEN, Phase.DETECTION)));
        projection.apply(story.next(new IncidentShareWithdrawn(story.incident(), "Shared too early")));

        assertThat(register.find(story.id()).orElseThrow().sharedTlp()).isNull();
    }

    @Test
    void theSameRecordDeliveredTwiceLeavesOneRow() {
        var incident = IncidentId.generate();
        var delivery = reported(incident, "h-brugge", AWARE);

        incidents.publish(delivery);
        var again = incidents.publish(delivery);
        incidents.awaitConsumed(group, again);

        assertThat(rowsOf(incident)).isEqualTo(1);
        assertThat(storedState(incident).lastSequence()).isZero();
    }

    @Test
    void applyingTheSameEventTwiceAndOutOfOrderLeavesOneRowPerIncident() {
        var first = reported(IncidentId.generate(), "h-koeln", AWARE);
        var second = reported(IncidentId.generate(), "h-koeln", AWARE.plusSeconds(60));

        projection.apply(second);
        projection.apply(first);
        projection.apply(second);

        assertThat(rowsOf(first.payload().incidentId())).isEqualTo(1);
        assertThat(rowsOf(second.payload().incidentId())).isEqualTo(1);
    }

    private ResponseEntity<JsonNode> awaitRegistered(IncidentId incident) {
        return Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> http.exchange("/api/incidents/" + incident, HttpMethod.GET, asDpoOfBrugge(),
                                JsonNode.class),
                        response -> response.getStatusCode() == HttpStatus.OK);
    }

    private static HttpEntity<Void> asDpoOfBrugge() {
        var headers = new HttpHeaders();
        headers.setBearerAuth(TestTokens.bearer("u-dpo-1", "DPO", "h-brugge"));
        return new HttpEntity<>(headers);
    }

    private long rowsOf(IncidentId incident) {
        return jdbc.sql("select count(*) from query.incident_register where incident_id = :id")
                .param("id", incident.value()).query(Long.class).single();
    }

    private IncidentState storedState(IncidentId incident) {
        return IncidentFold.read(jdbc.sql("select state from query.incident_register where incident_id = :id")
                .param("id", incident.value()).query(String.class).single());
    }
}
