package eu.vigil.notifier.drill;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import eu.vigil.contracts.notification.ObligationStatus;
import eu.vigil.notifier.draft.DraftReport;
import eu.vigil.testsupport.DiagonalWords;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.awaitility.Awaitility;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Everything of a drill says EXERCISE (issue 20, ADR 0022): the board, the obligation's and the draft's pages, the
 * reminder and the escalation, each export of the draft (a diagonal watermark on every page of the PDF) and the
 * recorded submission; its mail goes to the hospital's own people only, and the metrics count the real incident's.
 */
class DrillMarkIT extends DrillFixture {

    @Autowired GreenMail mailServer;
    @Value("${vigil.mail.escalation}") String escalation;

    @Test
    void givenADrillAndARealIncidentWhenTheBoardIsShownThenEachObligationOfTheDrillSaysExerciseInWords() {
        var rows = Jsoup.parse(page("/deadlines", "en").getBody()).select("tr[data-obligation]");

        var drills = rows.stream().filter(row -> row.attr("data-exercise").equals("true")).toList();
        assertThat(drills).extracting(row -> row.attr("data-obligation"))
                .contains(drillsEarlyWarning.toString(), drillsNotification.toString());
        assertThat(drills).allSatisfy(row -> assertThat(row.select(".exercise-mark").text()).isEqualTo("EXERCISE"));
        assertThat(rows).filteredOn(row -> row.attr("data-obligation").equals(realEarlyWarning.toString()))
                .singleElement().satisfies(row -> assertThat(row.text()).doesNotContain("EXERCISE"));
    }

    @Test
    void givenADrillAndARealIncidentWhenTheWatchedIncidentsAreListedThenOnlyTheDrillSaysExercise() {
        var rows = Jsoup.parse(page("/seen-incidents", "en").getBody()).select("tbody tr");

        assertThat(rows).filteredOn(row -> row.text().contains(drill.toString())).singleElement()
                .satisfies(row -> assertThat(row.select(".exercise-mark").text()).isEqualTo("EXERCISE"));
        assertThat(rows).filteredOn(row -> row.text().contains(real.toString())).singleElement()
                .satisfies(row -> assertThat(row.text()).doesNotContain("EXERCISE"));
    }

    @Test
    void givenADrillAndARealIncidentWhenTheCalendarIsFetchedThenOnlyTheDrillsDeadlinesSayExercise() {
        String feed = api(HttpMethod.GET, "/api/calendars/hospital.ics", null, String.class).getBody();
        String french = api(HttpMethod.GET, "/api/calendars/hospital.ics?lang=fr", null, String.class).getBody();

        var events = Arrays.stream(feed.replace("\r\n ", "").split("BEGIN:VEVENT")).skip(1).toList(); // unfolded
        assertThat(events).filteredOn(event -> event.contains("UID:" + drillsEarlyWarning + "@vigil")).singleElement()
                .satisfies(event -> assertThat(event).contains("SUMMARY;LANGUAGE=en:[EXERCISE] Due: ",
                        "DESCRIPTION;LANGUAGE=en:[EXERCISE] "));
        assertThat(events).filteredOn(event -> event.contains("UID:" + realEarlyWarning + "@vigil")).singleElement()
                .satisfies(event -> assertThat(event).doesNotContain("EXERCISE"));
        var inFrench = Arrays.stream(french.replace("\r\n ", "").split("BEGIN:VEVENT")).skip(1).toList();
        assertThat(inFrench).filteredOn(event -> event.contains("UID:" + drillsEarlyWarning + "@vigil"))
                .singleElement().satisfies(event -> assertThat(event).contains(
                        "SUMMARY;LANGUAGE=fr:[EXERCICE] Échéance : ", "DESCRIPTION;LANGUAGE=fr:[EXERCICE] "));
        assertThat(inFrench).filteredOn(event -> event.contains("UID:" + realEarlyWarning + "@vigil"))
                .singleElement().satisfies(event -> assertThat(event).doesNotContain("EXERCICE"));
    }

    @Test
    void givenADrillsObligationWhenItsPagesAreShownThenTheySayItIsADrillAndNothingGoesToAnAuthority() {
        String english = page("/deadlines/" + drillsEarlyWarning, "en").getBody();
        String french = page("/deadlines/" + drillsEarlyWarning, "fr").getBody();
        String draft = page("/deadlines/" + drillsEarlyWarning + "/draft", "en").getBody();
        String integrity = page("/deadlines/" + drillsEarlyWarning + "/integrity", "en").getBody();
        String realOne = page("/deadlines/" + realEarlyWarning, "en").getBody();

        assertThat(Jsoup.parse(english).title()).startsWith("EXERCISE");
        assertThat(Jsoup.parse(english).select(".exercise-notice").text()).startsWith("EXERCISE").contains("belongs to a drill",
                "60 times as fast", "Nothing of it is sent to an authority");
        assertThat(Jsoup.parse(french).select(".exercise-notice").text()).startsWith("EXERCICE")
                .contains("Rien n’en est envoyé à une autorité");
        assertThat(Jsoup.parse(draft).select("h1 .exercise-mark").text()).isEqualTo("EXERCISE");
        assertThat(Jsoup.parse(draft).select(".exercise-notice").text()).contains("belongs to a drill");
        assertThat(Jsoup.parse(integrity).select(".exercise-notice").text()).contains("belongs to a drill");
        assertThat(realOne).doesNotContain("EXERCISE", "exercise-notice");
    }

    @Test
    void givenADrillsObligationWhenTheDpoRecordsItsSubmissionThenTheRecordSaysItWasAnExercise() {
        var recorded = api(HttpMethod.POST, "/api/obligations/" + drillsGdprNotification + "/submission",
                Map.of("submittedAt", Instant.now().minusSeconds(5).toString(), "reference", "DRILL-1"),
                JsonNode.class);
        var realOne = api(HttpMethod.GET, "/api/obligations/" + realEarlyWarning, null, JsonNode.class);

        assertThat(recorded.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(recorded.getBody().get("status").asText()).isEqualTo("submitted");
        assertThat(recorded.getBody().get("exercise").get("scale").asInt()).isEqualTo(60);
        assertThat(Jsoup.parse(page("/deadlines/" + drillsGdprNotification, "en").getBody()).text())
                .contains("DRILL-1", "Recorded in a drill: nothing was sent to an authority.");
        assertThat(realOne.getBody().get("exercise").isNull()).isTrue();
    }

    @Test
    void givenBothEarlyWarningsFallDueWhenMailedThenTheDrillsSayExerciseAndReachOnlyItsParticipants() {
        var drillsMail = mailOf(drillsEarlyWarning, 2);
        var realMail = mailOf(realEarlyWarning, 2);

        assertThat(drillsMail).allSatisfy(mail -> {
            assertThat(mail.getSubject()).startsWith("[EXERCISE] [Vigil]");
            assertThat(body(mail)).startsWith("EXERCISE: this mail belongs to a drill. Nothing is sent to an authority.");
            assertThat(recipients(mail)).containsExactlyInAnyOrderElementsOf(PARTICIPANTS);
        });
        assertThat(drillsMail).anySatisfy(mail -> assertThat(mail.getSubject()).contains("LATE"));
        assertThat(realMail).allSatisfy(mail -> {
            assertThat(mail.getSubject()).startsWith("[Vigil]");
            assertThat(body(mail)).doesNotContain("EXERCISE");
        });
        assertThat(realMail).anySatisfy(mail -> assertThat(recipients(mail)).contains(escalation));
    }

    @Test
    void givenADrillsDeadlinesNearWhenScrapedThenTheMetricsCountOnlyTheRealIncidents() {
        // the drill's incident notification stays open and due within the hour while this test runs
        assertThat(view.find(drillsNotification).orElseThrow().dueAt()).isBefore(Instant.now().plus(Duration.ofHours(1)));

        Awaitility.await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> {
            var scrape = new Scrape(http.getForObject("/actuator/prometheus", String.class));
            assertThat(scrape.value("vigil_obligations_due_within_24h", "")).isEqualTo(realDueWithin(Duration.ofHours(24)));
            assertThat(scrape.value("vigil_obligations_due_within_1h_unapproved", ""))
                    .isEqualTo(realDueWithin(Duration.ofHours(1)));
            assertThat(scrape.value("vigil_reminders_sent_total", "kind=\"reminder\"")).isEqualTo(1);
            assertThat(scrape.value("vigil_reminders_sent_total", "kind=\"deadline-missed\"")).isEqualTo(1);
            assertThat(scrape.value("vigil_drill_reminders_sent_total", "kind=\"reminder\"")).isEqualTo(1);
            assertThat(scrape.value("vigil_drill_reminders_sent_total", "kind=\"deadline-missed\"")).isEqualTo(1);
        });
    }

    @Test
    void givenApprovedDraftsWhenExportedThenEveryFormatOfTheDrillsSaysExerciseAndThePdfOnEveryPage() throws Exception {
        approveDraft(drillsEarlyWarning);
        approveDraft(realEarlyWarning);

        var drillsPdf = export(drillsEarlyWarning, "pdf", byte[].class);
        JsonNode json = new ObjectMapper().readTree(export(drillsEarlyWarning, "json", byte[].class).getBody());
        assertThat(export(drillsEarlyWarning, "html", String.class).getBody())
                .contains("EXERCISE: a report drafted in a drill, never sent to an authority.", "class=\"watermark\"");
        assertThat(export(drillsEarlyWarning, "text", String.class).getBody())
                .startsWith("EXERCISE: a report drafted in a drill, never sent to an authority.\n\nEarly warning");
        assertThat(json.get("exercise").get("marking").asText()).startsWith("EXERCISE");
        assertThat(schema().validate(json)).isEmpty();
        assertThat(drillsPdf.getHeaders().getContentDisposition().getFilename()).startsWith("exercise-");
        try (var pdf = Loader.loadPDF(drillsPdf.getBody())) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
            assertThat(DiagonalWords.of(pdf)).allSatisfy(words -> assertThat(words).isEqualTo("EXERCISE"));
            assertThat(pdf.getDocumentInformation().getTitle()).startsWith("EXERCISE");
        }

        assertThat(export(realEarlyWarning, "html", String.class).getBody()).doesNotContain("EXERCISE");
        assertThat(export(realEarlyWarning, "text", String.class).getBody()).doesNotContain("EXERCISE");
        assertThat(new ObjectMapper().readTree(export(realEarlyWarning, "json", byte[].class).getBody())
                .has("exercise")).isFalse();
        try (var pdf = Loader.loadPDF(export(realEarlyWarning, "pdf", byte[].class).getBody())) {
            assertThat(DiagonalWords.of(pdf)).allSatisfy(words -> assertThat(words).isEmpty());
            assertThat(new PDFTextStripper().getText(pdf)).doesNotContain("EXERCISE");
        }
    }

    private double realDueWithin(Duration window) {
        Instant now = Instant.now();
        return view.ofIncident(real).stream()
                .filter(row -> row.status() == ObligationStatus.OPEN && row.dueAt() != null)
                .filter(row -> row.dueAt().isAfter(now) && row.dueAt().isBefore(now.plus(window))).count();
    }

    private List<MimeMessage> mailOf(UUID obligation, int events) {
        return Awaitility.await().atMost(Duration.ofSeconds(120)).until(() -> Arrays.stream(
                        mailServer.getReceivedMessages()).filter(mail -> header(mail, "X-Vigil-Obligation-Id")
                        .equals(obligation.toString())).toList(),
                mail -> mail.stream().map(one -> header(one, "X-Vigil-Event-Id")).distinct().count() == events);
    }

    private void approveDraft(UUID obligation) {
        // long enough to take several pages
        String summary = IntStream.rangeClosed(1, 120).mapToObj(line -> "Step " + line
                + ": isolated one more imaging workstation and checked its backups.").collect(Collectors.joining("\n"));
        var saved = api(HttpMethod.POST, "/api/obligations/" + obligation + "/draft/versions", Map.of("basedOn", 0,
                "language", "en", "fields", Map.of("summary", summary, "awareAt", "today 10:00",
                        "suspectedMalicious", "Yes", "crossBorder", "No", "contactPoint", OFFICER_MAIL)),
                JsonNode.class).getBody();
        var approved = api(HttpMethod.POST, "/api/obligations/" + obligation + "/draft/versions/1/approval",
                Map.of("contentDigest", saved.get("contentDigest").asText()), JsonNode.class);
        assertThat(approved.getBody().get("status").asText()).isEqualTo("approved");
    }

    private <T> org.springframework.http.ResponseEntity<T> export(UUID obligation, String format, Class<T> type) {
        return api(HttpMethod.GET, "/api/obligations/" + obligation + "/draft/versions/1/export/" + format, null, type);
    }

    private com.networknt.schema.JsonSchema schema() {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(
                api(HttpMethod.GET, DraftReport.SCHEMA, null, String.class).getBody(),
                SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
    }

    private static String header(MimeMessage mail, String name) {
        try {
            String[] values = mail.getHeader(name);
            return values == null ? "" : values[0];
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String body(MimeMessage mail) throws Exception {
        return mail.getContent().toString();
    }

    private static List<String> recipients(MimeMessage mail) throws Exception {
        return Arrays.stream(mail.getAllRecipients()).map(Address::toString).toList();
    }
}
