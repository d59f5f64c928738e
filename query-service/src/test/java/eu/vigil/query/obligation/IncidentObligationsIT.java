package eu.vigil.query.obligation;

import com.fasterxml.jackson.databind.JsonNode;
import eu.vigil.contracts.Actor;
import eu.vigil.contracts.EventEnvelope;
import eu.vigil.contracts.EventJson;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.notification.DeadlineMissed;
import eu.vigil.contracts.notification.DraftApproved;
import eu.vigil.contracts.notification.DraftSaved;
import eu.vigil.contracts.notification.NotificationEvent;
import eu.vigil.contracts.notification.ObligationOpened;
import eu.vigil.contracts.notification.ObligationSubmitted;
import eu.vigil.contracts.notification.ReminderTriggered;
import eu.vigil.contracts.notification.SignificanceConfirmed;
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
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static eu.vigil.query.IncidentStory.AWARE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The incident page, list and API show the obligations the notifier opened, fed through the notification topic as
 * the notifier feeds it: an early warning submitted after a reminder and an approved draft, a notification late.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class IncidentObligationsIT {

    private static final String DPO_OF_BRUGGE = TestTokens.bearer("u-dpo-1", "DPO", "h-brugge");
    private static final Actor NOTIFIER = Actor.system("notifier");
    private static final Actor DPO = new Actor("u-dpo-1", "DPO");

    @Autowired TestRestTemplate http;
    @Autowired JdbcClient jdbc;
    @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers;
    @Value("${vigil.topics.incident-events}") String incidentTopic;
    @Value("${vigil.topics.notification-events}") String notificationTopic;

    private IncidentTopic notifications;
    private IncidentStory story;
    private final UUID earlyWarning = UUID.randomUUID();
    private final UUID notification = UUID.randomUUID();
    private final Instant reported = IncidentStory.REPORTED;

    @BeforeEach
    void anIncidentWithTwoObligations() {
        story = new IncidentStory("h-brugge");
        new IncidentTopic(bootstrapServers, incidentTopic).publish(story.next(story.reported()));
        notifications = new IncidentTopic(bootstrapServers, notificationTopic);
        var warningDue = AWARE.plus(Duration.ofHours(24));
        publish(earlyWarning, 0, NOTIFIER, opened(earlyWarning, "NIS2_EARLY_WARNING", warningDue));
        publish(earlyWarning, 1, NOTIFIER, new ReminderTriggered(earlyWarning, warningDue, Duration.ofHours(4)));
        publish(earlyWarning, 2, DPO, new DraftSaved(earlyWarning, 1, "nis2-early-warning", "fr",
                Map.of("summary", "Rançongiciel"), List.of()));
        publish(earlyWarning, 3, DPO, new DraftApproved(earlyWarning, 1, "sha-256", 1, 1));
        publish(earlyWarning, 4, DPO, new ObligationSubmitted(earlyWarning, warningDue.minusSeconds(3600),
                "CCB-2026-17", null, 1, "sha-256", "portal"));
        var notificationDue = AWARE.plus(Duration.ofHours(72));
        publish(notification, 0, NOTIFIER, opened(notification, "NIS2_INCIDENT_NOTIFICATION", notificationDue));
        publish(notification, 1, NOTIFIER, new DeadlineMissed(notification, notificationDue));
        awaitHistoryRows(7);
    }

    @Test
    void givenTheNotifiersEventsWhenTheDpoReadsTheIncidentThenItsReportsAndTheirHistoryShow() {
        String page = page("/incidents/" + story.id(), Locale.ENGLISH);

        assertThat(page).contains("Reports owed to authorities", "Early warning", "Incident notification", "CCB");
        assertThat(page).contains("<strong class=\"urgency\">Submitted</strong>",
                "<strong class=\"urgency\">Late</strong>");
        assertThat(page).contains("href=\"/deadlines/" + earlyWarning + "\"");
        // the history, newest first, the two obligations' events interleaved with the incident's
        assertThat(page).containsSubsequence("Report submitted", "Draft approved", "Draft saved",
                "Due instant passed", "Reminder sent", "Sent 4 h 0 min before the due instant", "Report owed",
                "Report owed", "Incident reported");
        assertThat(page).contains("CCB-2026-17", "(Vigil itself)");
    }

    @Test
    void theHistoryFilteredToReportsShowsOnlyTheObligationsEvents() {
        String page = page("/incidents/" + story.id() + "?kind=obligation", Locale.ENGLISH);

        assertThat(page).contains("Reminder sent", "Report submitted").doesNotContain("<li id=\"event-0\"");
        assertThat(page).contains("aria-current=\"page\">Reports to authorities</a>");
    }

    @Test
    void thePageSpeaksTheViewersLanguage() {
        String page = page("/incidents/" + story.id(), Locale.FRENCH);

        assertThat(page).contains("Rapports dus aux autorités", "Alerte précoce", "Transmise", "Rappel envoyé");
    }

    @Test
    void theIncidentListShowsTheRunningReportsAndThatOneIsLate() {
        String list = page("/incidents", Locale.ENGLISH);

        assertThat(list).contains("1 running", "late since");
    }

    @Test
    void theApiAnswersEachObligationAsItsEventsTellIt() {
        var headers = new HttpHeaders();
        headers.setBearerAuth(DPO_OF_BRUGGE);
        JsonNode body = http.exchange("/api/incidents/" + story.id() + "/obligations", HttpMethod.GET,
                new HttpEntity<>(headers), JsonNode.class).getBody();

        assertThat(body).hasSize(2);
        assertThat(body.get(0).get("status").asText()).isEqualTo("late"); // running ones first
        assertThat(body.get(1).get("status").asText()).isEqualTo("submitted");
        assertThat(body.get(1).get("submission").get("reference").asText()).isEqualTo("CCB-2026-17");
        assertThat(body.get(1).get("approvedVersion").asInt()).isEqualTo(1);
    }

    @Test
    void givenAnEventDeliveredTwiceThenTheHistoryHoldsItOnce() {
        var again = envelope(notification, 1, NOTIFIER, new DeadlineMissed(notification, AWARE));
        var first = envelope(notification, 2, NOTIFIER,
                new ObligationSubmitted(notification, reported.plusSeconds(7200), null, "Backups took two days"));

        notifications.publish(first);
        notifications.publish(first);
        notifications.publish(again); // an older sequence under a new event id: folded in already
        awaitHistoryRows(8);
        // a later event of the same obligation (one partition, in order): the duplicates are behind it
        notifications.publish(envelope(notification, 3, NOTIFIER, new SignificanceConfirmed(notification)));
        awaitHistoryRows(9);

        assertThat(jdbc.sql("select count(*) from query.obligation_history where obligation_id = :id")
                .param("id", notification).query(Integer.class).single()).isEqualTo(4);
    }

    private void awaitHistoryRows(int rows) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                        "select count(*) from query.obligation_history where incident_id = :id")
                .param("id", story.id()).query(Integer.class).single() == rows);
    }

    private ObligationOpened opened(UUID obligation, String rule, Instant due) {
        return new ObligationOpened(obligation, story.incident(), HospitalId.of("h-brugge"), rule, "nis2", rule,
                "csirt", "CCB", "NIS2 Art. 23(4)", URI.create("https://eur-lex.europa.eu/eli/dir/2022/2555/oj"),
                "BE", "1", false, AWARE, due, "Europe/Brussels", false, null);
    }

    private void publish(UUID obligation, long sequence, Actor actor, NotificationEvent event) {
        notifications.publish(envelope(obligation, sequence, actor, event));
    }

    // recorded a minute apart from the report on, in the order of the sequence and of the obligations
    private EventEnvelope<NotificationEvent> envelope(UUID obligation, long sequence, Actor actor,
                                                      NotificationEvent event) {
        long minutes = 10 * sequence + (obligation.equals(notification) ? 5 : 1);
        return new EventEnvelope<>(UUID.randomUUID(), EventJson.typeOf(event), 1, obligation.toString(), sequence,
                HospitalId.of("h-brugge"), reported.plus(Duration.ofMinutes(minutes)), actor, event);
    }

    private String page(String url, Locale locale) {
        var headers = new HttpHeaders();
        headers.setBearerAuth(DPO_OF_BRUGGE);
        headers.setAccept(List.of(MediaType.TEXT_HTML));
        headers.setAcceptLanguageAsLocales(List.of(locale));
        return http.exchange(url, HttpMethod.GET, new HttpEntity<>(headers), String.class).getBody();
    }
}
