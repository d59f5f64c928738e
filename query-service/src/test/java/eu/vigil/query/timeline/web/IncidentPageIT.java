package eu.vigil.query.timeline.web;

import com.fasterxml.jackson.databind.JsonNode;
import eu.vigil.contracts.YesNoUnknown;
import eu.vigil.contracts.incident.HandlingConcluded;
import eu.vigil.contracts.incident.ImpactEnded;
import eu.vigil.contracts.incident.PersonalDataAssessed;
import eu.vigil.contracts.incident.PersonalDataCategory;
import eu.vigil.contracts.incident.Phase;
import eu.vigil.query.IncidentStory;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

import static eu.vigil.query.IncidentStory.AWARE;
import static org.assertj.core.api.Assertions.assertThat;

/** The incident page, fed through the topic as the command service feeds it. */
class IncidentPageIT extends IncidentWithHistory {

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

    private static long occurrences(String page, String text) {
        return Pattern.compile(Pattern.quote(text)).matcher(page).results().count();
    }

    private static List<Integer> positionsOf(String page, String marker) {
        return Pattern.compile(Pattern.quote(marker) + "(\\d+)\"").matcher(page).results()
                .map(match -> Integer.parseInt(match.group(1))).toList();
    }
}
