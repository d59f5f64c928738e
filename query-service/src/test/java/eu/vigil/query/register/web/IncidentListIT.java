package eu.vigil.query.register.web;

import com.fasterxml.jackson.databind.JsonNode;
import eu.vigil.contracts.incident.Phase;
import eu.vigil.contracts.incident.Severity;
import eu.vigil.query.register.web.ListedIncidents.Listed;
import eu.vigil.testsupport.IncidentTopic;
import eu.vigil.testsupport.RealInfrastructure;
import eu.vigil.testsupport.TestTokens;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Predicate;

import static eu.vigil.query.register.web.ListedIncidents.COUNT;
import static org.assertj.core.api.Assertions.assertThat;

/** The incident list's filters, orders, keyset pages, CSV export and print view, fed through the topics. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // thirty incidents published once for every test
class IncidentListIT {

    @Autowired TestRestTemplate http;
    @Autowired JdbcClient jdbc;
    @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers;
    @Value("${vigil.topics.incident-events}") String incidentTopic;
    @Value("${vigil.topics.notification-events}") String notificationTopic;

    private final ListedIncidents listed = new ListedIncidents();
    private String dpo;
    private String otherOfficer;

    @BeforeAll
    void thirtyIncidentsOfOneHospitalAndTwoOfAnother() {
        dpo = TestTokens.bearer("u-dpo-1", "DPO", listed.hospital);
        otherOfficer = TestTokens.bearer("u-officer-9", "SECURITY_OFFICER", listed.otherHospital);
        listed.publish(new IncidentTopic(bootstrapServers, incidentTopic),
                new IncidentTopic(bootstrapServers, notificationTopic));
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql("""
                        select count(*) || ':' || count(severity) || ':' || count(*) filter (where phase = 'containment')
                          from query.incident_register where hospital_id in (:hospitals)""")
                .param("hospitals", List.of(listed.hospital, listed.otherHospital)).query(String.class).single(),
                ((COUNT + 2) + ":22:8")::equals);
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql("""
                        select string_agg(status, ',' order by status) from query.obligation
                         where hospital_id in (:hospitals)""")
                .param("hospitals", List.of(listed.hospital, listed.otherHospital)).query(String.class).single(),
                "late,open,open,open,open,submitted"::equals);
    }

    @Test
    void givenThirtyIncidentsWhenPagedByTwelveThenEachAppearsOnceNewestAwarenessFirst() {
        var pages = walk("", 12);

        assertThat(pages).hasSize(3);
        assertThat(pages.get(2)).hasSize(6);
        assertThat(pages.stream().flatMap(List::stream).toList())
                .containsExactlyElementsOf(expected(all -> true, Comparator.comparing(Listed::awareAt).reversed()));
    }

    @Test
    void givenTheReportOrderWhenPagedBySevenThenTheEarliestIndexIsReportedLast() {
        assertThat(walk("sort=reported-at", 7).stream().flatMap(List::stream).toList())
                .containsExactlyElementsOf(expected(all -> true, Comparator.comparing(Listed::reportedAt).reversed()));
    }

    @Test
    void givenTheSeverityOrderWhenPagedByFourThenTheMostSevereComeFirstAndNoneTwice() {
        var ids = walk("sort=severity", 4).stream().flatMap(List::stream).toList();

        assertThat(ids).doesNotHaveDuplicates().hasSize(COUNT);
        assertThat(ids.stream().map(this::severityRank).toList())
                .isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void givenTheNextDueOrderThenTheSoonestRunningReportsComeFirstAndTheLateOnesAmongThem() {
        var ids = walk("sort=next-due", 2).stream().flatMap(List::stream).toList();

        assertThat(ids).doesNotHaveDuplicates().hasSize(COUNT);
        assertThat(ids.subList(0, 3)).containsExactly(listed.id(7), listed.id(11), listed.id(3));
    }

    @Test
    void eachFilterKeepsExactlyTheMatchingIncidentsOfTheOwnHospital() {
        assertThat(ids("phase=containment")).containsExactlyInAnyOrderElementsOf(
                expected(i -> i.phase() == Phase.CONTAINMENT, Comparator.comparing(Listed::index)));
        assertThat(ids("category=fraud/phishing")).containsExactlyInAnyOrderElementsOf(
                expected(i -> i.index() % 2 == 1, Comparator.comparing(Listed::index)));
        assertThat(ids("severity=high")).containsExactlyInAnyOrderElementsOf(
                expected(i -> i.severity() == Severity.HIGH, Comparator.comparing(Listed::index)));
        // 6 h apart from 2026-01-10 08:00 UTC: the 11th and 12th day hold indexes 3 to 10
        assertThat(ids("from=2026-01-11&to=2026-01-12")).containsExactlyInAnyOrderElementsOf(
                expected(i -> i.index() >= 3 && i.index() <= 10, Comparator.comparing(Listed::index)));
        assertThat(ids("from=2026-01-11T02:00:00Z&to=2026-01-11T14:00:00Z")).containsExactlyInAnyOrder(
                listed.id(3), listed.id(4));
        assertThat(ids("obligations=running")).containsExactlyInAnyOrder(listed.id(3), listed.id(7), listed.id(11));
        assertThat(ids("obligations=late")).containsExactlyInAnyOrder(listed.id(7), listed.id(11));
        assertThat(ids("q=RANSOM pacs")).containsExactlyInAnyOrderElementsOf(
                expected(i -> i.index() % 3 == 0, Comparator.comparing(Listed::index)));
        assertThat(ids("q=ward&severity=medium&phase=containment")).containsExactlyInAnyOrder(listed.id(5));
    }

    @Test
    void anotherHospitalSeesOnlyItsOwnIncidentsThroughEveryFilter() {
        assertThat(idsFor("q=ransomware&obligations=late&phase=containment", otherOfficer))
                .containsExactlyInAnyOrderElementsOf(listed.others);
        assertThat(ids("q=ransomware")).doesNotContainAnyElementsOf(listed.others);
    }

    @Test
    void theCsvHoldsEveryMatchingIncidentQuotedAndSafeForSpreadsheets() {
        var response = get("/incidents/export.csv?q=ward&sort=reported-at", dpo, MediaType.ALL, String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType().toString()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(response.getHeaders().getContentDisposition().isAttachment()).isTrue();
        var lines = response.getBody().split("\r\n", -1);
        var wards = expected(i -> i.summary().contains("ward"), Comparator.comparing(Listed::reportedAt).reversed());
        assertThat(lines).hasSize(1 + wards.size() + 1); // the header, a line per incident, nothing after the last CRLF
        assertThat(lines[0]).startsWith("incident_id,aware_at,reported_at,");
        // reported-at, newest first: the report times run backwards from index 0
        assertThat(lines[1]).startsWith(listed.id(1) + ",2026-01-10T14:00:00Z,")
                .endsWith(",\"'=SUM(A1) phishing, \"\"ward\"\" 1\"");
        assertThat(lines[2]).startsWith(listed.id(2) + ",").contains(",high,");
        assertThat(response.getBody()).contains(",1,2026-01-25T00:00:00Z,Phishing mail to ward 11\r\n");
    }

    @Test
    void thePageKeepsTheFiltersCountsTheMatchesAndLinksTheNextPageAndTheCsv() {
        String page = get("/incidents?phase=containment&sort=severity&limit=4", dpo, MediaType.TEXT_HTML,
                String.class).getBody();

        assertThat(page).contains("6 incidents match", "Severity, most severe first");
        assertThat(page).contains("<option value=\"containment\" selected=\"selected\">");
        assertThat(page).contains("href=\"/incidents/export.csv?phase=containment&amp;sort=severity\"");
        assertThat(page).containsPattern("rel=\"next\" href=\"/incidents\\?phase=containment&amp;sort=severity"
                + "&amp;cursor=[A-Za-z0-9_-]+&amp;limit=4\"");
        assertThat(page).contains("href=\"/incidents\">Clear filters</a>");
    }

    @Test
    void aFilterNothingMatchesSaysSoInsteadOfShowingAnEmptyTable() {
        String page = get("/incidents?q=zebra", dpo, MediaType.TEXT_HTML, String.class).getBody();

        assertThat(page).contains("No incident matches", "No incident of your hospital matches these filters.")
                .doesNotContain("<table", "rel=\"next\"");
    }

    @Test
    void thePrintViewShowsTheWholeIncidentWithoutNavigationOrFormsAndOnlyToItsHospital() {
        var response = get("/incidents/" + listed.id(11) + "?print=true", dpo, MediaType.TEXT_HTML, String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).contains("Phishing mail to ward 11", "Current state",
                "Reports owed to authorities", "Incident reported", "Late");
        assertThat(response.getBody()).doesNotContain("<nav", "<form", "Record a change");
        assertThat(get("/incidents/" + listed.id(11) + "?print=true", otherOfficer, MediaType.TEXT_HTML,
                String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    // every page of the list in the API, following next
    private List<List<UUID>> walk(String filters, int limit) {
        var pages = new ArrayList<List<UUID>>();
        String cursor = null;
        do {
            var body = get("/api/incidents?" + filters + "&limit=" + limit
                    + (cursor == null ? "" : "&cursor=" + cursor), dpo, MediaType.APPLICATION_JSON, JsonNode.class)
                    .getBody();
            pages.add(idsOf(body));
            cursor = body.get("next").isNull() ? null : body.get("next").asText();
            assertThat(pages).as("ends").hasSizeLessThanOrEqualTo(COUNT);
        } while (cursor != null);
        return pages;
    }

    private List<UUID> ids(String filters) {
        return idsFor(filters, dpo);
    }

    private List<UUID> idsFor(String filters, String token) {
        var body = get("/api/incidents?limit=200&" + filters, token, MediaType.APPLICATION_JSON, JsonNode.class);
        assertThat(body.getStatusCode()).as("%s: %s", filters, body.getBody()).isEqualTo(HttpStatus.OK);
        return idsOf(body.getBody());
    }

    private static List<UUID> idsOf(JsonNode body) {
        var ids = new ArrayList<UUID>();
        body.get("items").forEach(item -> ids.add(UUID.fromString(item.get("incidentId").asText())));
        return ids;
    }

    private List<UUID> expected(Predicate<Listed> filter, Comparator<Listed> order) {
        return listed.incidents.stream().filter(filter).sorted(order).map(Listed::id).toList();
    }

    private int severityRank(UUID id) {
        var severity = listed.incidents.stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow().severity();
        return severity == null ? 0 : severity.ordinal() + 1;
    }

    private <T> ResponseEntity<T> get(String url, String token, MediaType accept, Class<T> type) {
        return RegisterRequests.get(http, url, token, accept, type, Locale.ENGLISH);
    }
}
