package eu.vigil.query.timeline.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The incident and history API, fed through the topic as the command service feeds it. */
class IncidentHistoryApiIT extends IncidentWithHistory {

    @Test
    void theHistoryApiListsEveryEventNewestFirstWithWhoWhenAndWhy() {
        JsonNode history = get("/api/incidents/" + story.id() + "/history", DPO_OF_BRUGGE, JsonNode.class).getBody();

        assertThat(history.findValuesAsText("sequence"))
                .containsExactly("8", "7", "6", "5", "4", "3", "2", "1", "0");
        var newest = history.get(0);
        assertThat(newest.get("type").asText()).isEqualTo("TimelineEntryAppended");
        assertThat(newest.get("kind").asText()).isEqualTo("timeline");
        assertThat(newest.get("actorId").asText()).isEqualTo("u-officer-7");
        assertThat(newest.get("actorRole").asText()).isEqualTo("SECURITY_OFFICER");
        assertThat(newest.get("correctionReason").asText()).isEqualTo("The RIS server was isolated as well");
        assertThat(newest.get("payload").get("supersedes").asText()).isEqualTo(firstEntry.toString());
        assertThat(history.get(3).get("superseded").asBoolean()).isTrue();
        assertThat(history.get(5).get("actorRole").asText()).isEqualTo("DPO");
        assertThat(history.get(8).get("payload").get("summary").asText()).isEqualTo("Ransom note on the PACS viewer");
    }

    @Test
    void theHistoryApiFiltersByKind() {
        var timeline = get("/api/incidents/" + story.id() + "/history?kind=timeline", DPO_OF_BRUGGE, JsonNode.class);
        var corrections = get("/api/incidents/" + story.id() + "/history?kind=correction", DPO_OF_BRUGGE,
                JsonNode.class);
        var nonsense = get("/api/incidents/" + story.id() + "/history?kind=gossip", DPO_OF_BRUGGE, JsonNode.class);

        assertThat(timeline.getBody().findValuesAsText("sequence")).containsExactly("8", "5");
        assertThat(corrections.getBody().findValuesAsText("sequence")).containsExactly("8");
        assertThat(nonsense.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(nonsense.getBody().get("type").asText()).isEqualTo("urn:vigil:problem:invalid-request");
        assertThat(nonsense.getBody().get("errors").get(0).get("pointer").asText()).isEqualTo("kind");
        assertThat(nonsense.getBody().get("value").asText()).isEqualTo("gossip");
    }

    @Test
    void aHistoryKindThatIsNoShortLineIsRefusedNamingTheParameter() {
        var tooLong = get("/api/incidents/" + story.id() + "/history?kind=" + "x".repeat(500), DPO_OF_BRUGGE,
                JsonNode.class);
        var control = get("/api/incidents/" + story.id() + "/history?kind=timeline\u0007", DPO_OF_BRUGGE,
                JsonNode.class);

        for (var response : List.of(tooLong, control)) {
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(response.getBody().get("type").asText()).isEqualTo("urn:vigil:problem:invalid-request");
            assertThat(response.getBody().get("errors").get(0).get("pointer").asText()).isEqualTo("kind");
        }
    }

    @Test
    void theIncidentApiAnswersTheCurrentState() {
        JsonNode incident = awaitRegisterInContainment();

        assertThat(incident.get("phase").asText()).isEqualTo("containment");
        assertThat(incident.get("severity").asText()).isEqualTo("high");
        assertThat(incident.get("significance").asText()).isEqualTo("yes");
        assertThat(incident.get("patientCareImpact").asText()).isEqualTo("diverted-patients");
        assertThat(incident.get("personalDataInvolved").asText()).isEqualTo("yes");
    }
}
