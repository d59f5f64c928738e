package eu.vigil.query.timeline.web;

import com.fasterxml.jackson.databind.JsonNode;
import eu.vigil.contracts.Actor;
import eu.vigil.contracts.Tlp;
import eu.vigil.contracts.YesNoUnknown;
import eu.vigil.contracts.incident.HandlingConcluded;
import eu.vigil.contracts.incident.ImpactEnded;
import eu.vigil.contracts.incident.IncidentEvent;
import eu.vigil.contracts.incident.PatientCareImpact;
import eu.vigil.contracts.incident.PersonalDataAssessed;
import eu.vigil.contracts.incident.PersonalDataCategory;
import eu.vigil.contracts.incident.Phase;
import eu.vigil.contracts.incident.Severity;
import eu.vigil.contracts.incident.Significance;
import eu.vigil.query.IncidentStory;
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
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

import static eu.vigil.query.IncidentStory.AWARE;
import static org.assertj.core.api.Assertions.assertThat;

/** The incident page and the history API, fed through the topic as the command service feeds them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vigil.timeline.seen-wait=3s")
@RealInfrastructure
class IncidentPageIT {

    private static final String OFFICER_OF_BRUGGE = TestTokens.bearer("u-officer-7", "SECURITY_OFFICER", "h-brugge");
    private static final String DPO_OF_BRUGGE = TestTokens.bearer("u-dpo-1", "DPO", "h-brugge");
    private static final String OFFICER_OF_LYON = TestTokens.bearer("u-officer-9", "SECURITY_OFFICER", "h-lyon");
    private static final Actor DPO = new Actor("u-dpo-1", "DPO");

    @Autowired TestRestTemplate http;
    @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers;
    @Value("${vigil.topics.incident-events}") String topic;

    private IncidentTopic incidents;
    private IncidentStory story;
    private final UUID firstEntry = UUID.randomUUID();
    private final UUID correctedEntry = UUID.randomUUID();
    private final UUID indicator = UUID.randomUUID();

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

    @Test
    void thePageShowsTheCurrentStateThenTheHistoryNewestFirst() {
        String page = page("/incidents/" + story.id(), OFFICER_OF_BRUGGE, Locale.ENGLISH).getBody();

        assertThat(page).contains("<h1><bdi>Ransom note on the PACS viewer</bdi></h1>", "Containment", "High",
                "Patients diverted", "Imaging", "Health data", "1200", "Significant", "Imaging down for hours",
                "Infected System", "Outage", "ransomware", "evil.example", "TLP:AMBER",
                "Belgium", "France", "Not shared",
                "<time datetime=\"2026-03-29T00:45:00Z\">Mar 29, 2026, 12:45 AM UTC</time>",
                "u-dpo-1", "(data protection officer)", "Reason: <bdi>The RIS server was isolated as well</bdi>");
        assertThat(positionsOf(page, "<li id=\"event-")).containsExactly(8, 7, 6, 5, 4, 3, 2, 1, 0);
        assertThat(page).containsPattern("<li id=\"event-5\" class=\"superseded\">");
        assertThat(page).contains("Superseded by a later correction");
        assertThat(page).doesNotContain("still being recorded", "??", ">malicious-code/infected-system<");
    }

    @Test
    void thePageShowsTheConclusionTheEndOfImpactAndTheBreachsAwarenessInStateAndHistory() {
        story = new IncidentStory("h-brugge");
        Instant breachAware = AWARE.plus(Duration.ofHours(5));
        Instant ended = AWARE.plus(Duration.ofDays(1));
        Instant concluded = AWARE.plus(Duration.ofDays(3));
        publish(story.reported());                                                                   // 0
        publish(new PersonalDataAssessed(story.incident(), YesNoUnknown.YES,
                List.of(PersonalDataCategory.HEALTH_DATA), 40, null, breachAware));                 // 1
        publish(new ImpactEnded(story.incident(), ended, "PACS back in service"));                  // 2
        publish(new HandlingConcluded(story.incident(), concluded, "Restored from backups"));       // 3
        awaitHistoryUpTo(3);

        String page = page("/incidents/" + story.id(), OFFICER_OF_BRUGGE, Locale.ENGLISH).getBody();
        String french = page("/incidents/" + story.id(), OFFICER_OF_BRUGGE, Locale.FRENCH).getBody();

        assertThat(page).contains("<h3>Handling concluded</h3>", "<h3>Impact on services ended</h3>",
                "How it ended", "<bdi>Restored from backups</bdi>", "<bdi>PACS back in service</bdi>")
                .doesNotContain("??", "cannot show this event");
        // once in the current state, once in the event that recorded it
        assertThat(occurrences(page, "Handling concluded at")).isEqualTo(2);
        assertThat(occurrences(page, "Impact on services ended at")).isEqualTo(2);
        assertThat(occurrences(page, "Hospital became aware of the personal data breach at")).isEqualTo(2);
        assertThat(occurrences(page, "<time datetime=\"" + concluded + "\"")).isEqualTo(2);
        assertThat(occurrences(page, "<time datetime=\"" + ended + "\"")).isEqualTo(2);
        assertThat(occurrences(page, "<time datetime=\"" + breachAware + "\"")).isEqualTo(2);
        assertThat(french).contains("Traitement clôturé", "Fin de l’impact sur les services")
                .doesNotContain("??");
    }

    @Test
    void anAssessmentRecordedBeforeTheBreachsAwarenessWasAskedShowsNoneInItsEntry() {
        story = new IncidentStory("h-brugge");
        publish(story.reported());
        publish(new PersonalDataAssessed(story.incident(), YesNoUnknown.YES,
                List.of(PersonalDataCategory.HEALTH_DATA), 40, null, null));
        awaitHistoryUpTo(1);

        var page = page("/incidents/" + story.id(), OFFICER_OF_BRUGGE, Locale.ENGLISH);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        // the state reads the incident's awareness, the safe reading; the old entry itself shows none
        assertThat(occurrences(page.getBody(), "Hospital became aware of the personal data breach at")).isEqualTo(1);
        assertThat(page.getBody()).doesNotContain("Handling concluded at", "Impact on services ended at", "??");
    }

    @Test
    void aJustReportedIncidentShowsWhatIsNotAssessedYet() {
        story = new IncidentStory("h-brugge");
        publish(story.reported());
        awaitHistoryUpTo(0);

        var page = page("/incidents/" + story.id(), DPO_OF_BRUGGE, Locale.ENGLISH);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("Detection", "Not assessed yet", "Not shared", "No current indicator.")
                .doesNotContain("??");
    }

    @Test
    void thePageLinksToTheFormsOfTheCommandService() {
        String id = story.id().toString();
        String officers = page("/incidents/" + id, OFFICER_OF_BRUGGE, Locale.ENGLISH).getBody();
        String dpos = page("/incidents/" + id, DPO_OF_BRUGGE, Locale.ENGLISH).getBody();

        assertThat(officers).contains(List.of("timeline/new", "indicators/new", "phase", "classification", "impact",
                "personal-data", "significance", "awareness", "share", "integrity",
                "timeline/" + correctedEntry + "/correction", "indicators/" + indicator + "/correction",
                "indicators/" + indicator + "/withdrawal").stream().map(path -> "href=\"/incidents/" + id + "/" + path
                + "\"").toList());
        assertThat(officers).doesNotContain("timeline/" + firstEntry + "/correction");
        assertThat(dpos).contains("href=\"/incidents/" + id + "/personal-data\"",
                "href=\"/incidents/" + id + "/significance\"");
        assertThat(dpos).doesNotContain("href=\"/incidents/" + id + "/phase\"");
    }

    @Test
    void thePageFiltersTheHistoryByKindWithPlainLinks() {
        String page = page("/incidents/" + story.id() + "?kind=indicator", DPO_OF_BRUGGE, Locale.ENGLISH).getBody();

        assertThat(positionsOf(page, "<li id=\"event-")).containsExactly(6);
        assertThat(page).contains("href=\"/incidents/" + story.id() + "?kind=timeline\"");
        assertThat(page).contains("href=\"/incidents/" + story.id() + "?kind=indicator\" aria-current=\"page\"");
    }

    @Test
    void thePageSpeaksTheViewersLanguage() {
        String page = page("/incidents/" + story.id(), DPO_OF_BRUGGE, Locale.FRENCH).getBody();

        assertThat(page).contains("Confinement", "Historique, le plus récent d’abord", "Belgique");
    }

    @Test
    void anotherHospitalsIncidentIsNotFoundLikeAnUnknownOne() {
        var page = page("/incidents/" + story.id(), OFFICER_OF_LYON, Locale.ENGLISH);
        var unknown = page("/incidents/" + UUID.randomUUID(), OFFICER_OF_LYON, Locale.ENGLISH);
        var api = get("/api/incidents/" + story.id() + "/history", OFFICER_OF_LYON, JsonNode.class);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(page.getBody()).contains("Incident not found").doesNotContain("PACS");
        assertThat(page.getBody()).isEqualTo(unknown.getBody());
        assertThat(api.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api.getBody().get("type").asText()).isEqualTo("urn:vigil:problem:incident-not-found");
    }

    @Test
    void afterAFormThePageWaitsUntilTheTimelineHoldsWhatItRecorded() throws Exception {
        var reopened = story.next(story.phaseChanged(Phase.CONTAINMENT, Phase.RECOVERY));
        String url = "/incidents/" + story.id() + "?seen=" + reopened.aggregateSequence();

        var page = CompletableFuture.supplyAsync(() -> page(url, OFFICER_OF_BRUGGE, Locale.ENGLISH));
        // the browser asks before the event is even on the topic, and the page holds its answer meanwhile
        Awaitility.await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> !page.isDone());
        incidents.publish(reopened);

        String body = page.get().getBody();
        assertThat(positionsOf(body, "<li id=\"event-")).startsWith(9, 8);
        assertThat(body).contains("Recovery").doesNotContain("still being recorded");
    }

    @Test
    void whenTheTimelineIsStillBehindThePageSaysSo() {
        String page = page("/incidents/" + story.id() + "?seen=" + (story.nextSequence() + 5), OFFICER_OF_BRUGGE,
                Locale.ENGLISH).getBody();

        assertThat(page)
                .contains("Your latest change is still being recorded; this page will show it when you reload.");
        assertThat(positionsOf(page, "<li id=\"event-")).startsWith(8);
    }

    @Test
    void theIncidentListLinksEachIncidentToItsPageWithPhaseSeverityAndRsitName() {
        awaitRegisterInContainment();

        String list = page("/incidents", DPO_OF_BRUGGE, Locale.ENGLISH).getBody();

        assertThat(list).contains("<a href=\"/incidents/" + story.id() + "\"><bdi>Ransom note on the PACS viewer</bdi></a>");
        assertThat(list).contains("<td>Containment</td>", "<td>High</td>",
                "<td data-rsit=\"malicious-code/infected-system\">Infected System</td>");
    }

    private void publish(IncidentEvent event) {
        incidents.publish(story.next(event));
    }

    private void awaitHistoryUpTo(long sequence) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            var response = get("/api/incidents/" + story.id() + "/history", DPO_OF_BRUGGE, JsonNode.class);
            return response.getStatusCode() == HttpStatus.OK
                    && response.getBody().get(0).get("sequence").asLong() == sequence;
        });
    }

    // the register consumes in a group of its own and may still be behind the timeline
    private JsonNode awaitRegisterInContainment() {
        return Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> get("/api/incidents/" + story.id(), DPO_OF_BRUGGE, JsonNode.class).getBody(),
                        incident -> "containment".equals(incident.path("phase").asText()));
    }

    private static long occurrences(String page, String text) {
        return Pattern.compile(Pattern.quote(text)).matcher(page).results().count();
    }

    private static List<Integer> positionsOf(String page, String marker) {
        return Pattern.compile(Pattern.quote(marker) + "(\\d+)\"").matcher(page).results()
                .map(match -> Integer.parseInt(match.group(1))).toList();
    }

    private ResponseEntity<String> page(String url, String token, Locale locale) {
        var headers = new HttpHeaders();
        headers.setBearerAuth(token);
        headers.setAccept(List.of(MediaType.TEXT_HTML));
        headers.setAcceptLanguageAsLocales(List.of(locale));
        return http.exchange(url, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    private <T> ResponseEntity<T> get(String url, String token, Class<T> type) {
        var headers = new HttpHeaders();
        headers.setBearerAuth(token);
        return http.exchange(url, HttpMethod.GET, new HttpEntity<>(headers), type);
    }
}
