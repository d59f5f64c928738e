package eu.vigil.command.drill.web;

import com.fasterxml.jackson.databind.JsonNode;
import eu.vigil.testsupport.RealInfrastructure;
import eu.vigil.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class DrillScenarioApiIT {

    private static final String OFFICER = TestTokens.bearer("u-officer-1", "SECURITY_OFFICER", "h-brugge");
    private static final String ADMIN = TestTokens.bearer("u-admin-1", "ADMIN", null);

    @Autowired TestRestTemplate http;

    @Test
    void givenAGermanSpeakingOfficerWhenListingScenariosThenEachReadsInGermanWithItsTimeline() {
        var response = get(OFFICER, "de-DE");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode pacs = scenario(response.getBody(), "ransomware-pacs");
        assertThat(pacs.get("language").asText()).isEqualTo("de");
        assertThat(pacs.get("title").asText()).isEqualTo("Ransomware auf den Bildarchivsystemen (PACS)");
        assertThat(pacs.get("category").asText())
                .isEqualTo("information-content-security/unauthorised-information-modification");
        JsonNode ransomNote = pacs.get("injects").get(2);
        assertThat(ransomNote.get("offset").asText()).isEqualTo("PT40M");
        assertThat(ransomNote.get("text").asText()).startsWith("Auf drei Radiologie-Arbeitsplätzen");
        assertThat(ransomNote.get("expectations").get(0).toString())
                .isEqualTo("{\"who\":\"SECURITY_OFFICER\",\"what\":\"CLASSIFY\",\"by\":\"PT1H\"}");
        assertThat(pacs.get("injects").get(7).get("expectations").get(2).get("by").asText()).isEqualTo("LAW");
    }

    @Test
    void givenALanguageTheScenariosAreNotWrittenInWhenAnAdministratorListsThemThenTheyReadInEnglish() {
        var response = get(ADMIN, "pl");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).hasSize(4);
        JsonNode supplier = scenario(response.getBody(), "supplier-breach");
        assertThat(supplier.get("language").asText()).isEqualTo("en");
        assertThat(supplier.get("title").asText()).isEqualTo("A supplier breach: the medical transcription service");
    }

    private ResponseEntity<JsonNode> get(String token, String language) {
        var headers = new HttpHeaders();
        headers.setBearerAuth(token);
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
        return http.exchange("/api/drill-scenarios", HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
    }

    private static JsonNode scenario(JsonNode list, String id) {
        for (JsonNode scenario : list) {
            if (scenario.get("id").asText().equals(id)) {
                return scenario;
            }
        }
        throw new AssertionError("no scenario " + id + " in " + list);
    }
}
