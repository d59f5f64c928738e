package eu.vigil.notifier.obligation.web;

import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.incident.Significance;
import eu.vigil.contracts.incident.SignificanceAssessed;
import eu.vigil.notifier.hospital.HospitalProfile;
import eu.vigil.notifier.obligation.ObligationIds;
import eu.vigil.notifier.obligation.ObligationRow;
import eu.vigil.testsupport.IncidentTopic;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static eu.vigil.testsupport.IncidentEvents.envelope;
import static eu.vigil.testsupport.IncidentEvents.reported;
import static org.assertj.core.api.Assertions.assertThat;

/** The deadline board and the DPO's forms. */
class DeadlineBoardIT extends BruggeObligationsFixture {

    @Test
    void theFormRecordsASubmissionInTheZoneItWasShownIn() {
        var notification = ObligationIds.of(incident, "NIS2_INCIDENT_NOTIFICATION");
        Instant submitted = aware.plus(Duration.ofHours(26));
        var form = new LinkedMultiValueMap<String, String>();
        form.add("submittedAt", submitted.atZone(BRUSSELS).toLocalDateTime().toString());
        form.add("timeZone", "Europe/Brussels");
        form.add("reference", "CCB-7");
        var headers = headers("DPO", "h-brugge");
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);

        http.exchange("/deadlines/" + notification + "/submission", HttpMethod.POST, new HttpEntity<>(form, headers),
                String.class);

        assertThat(view.find(notification).orElseThrow().submittedAt()).isEqualTo(submitted);
    }

    @Test
    void theFormShowsWhyALateSubmissionWasRefusedBesideTheField() {
        var earlyWarning = ObligationIds.of(incident, "NIS2_EARLY_WARNING");

        var page = submitWithoutReasonsForTheDelay(earlyWarning, List.of());

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("id=\"reasonForDelay-error\"", "give the reasons for the delay");
        assertThat(view.find(earlyWarning).orElseThrow().status().isRunning()).isTrue();
    }

    @Test
    void aFrenchReadingDpoSeesTheRefusalAndTheTimeLeftInFrench() {
        // given the late early warning
        var earlyWarning = ObligationIds.of(incident, "NIS2_EARLY_WARNING");

        // when a DPO whose browser asks for French submits it without the reasons for the delay
        var page = submitWithoutReasonsForTheDelay(earlyWarning, List.of(Locale.FRENCH));

        // then
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("Transmise après l’échéance : indiquez les motifs du retard",
                "en retard de 6 h");
    }

    @Test
    void theBoardShowsTheRunningDeadlinesWithTheirArticles() {
        var page = http.exchange("/deadlines", HttpMethod.GET, as("SECURITY_OFFICER", "h-brugge", null), String.class);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("NIS2 law of 26 April 2024 (BE), transposing NIS2 Art. 23(4)(a)",
                "CCB (CERT.be)", "Late by", ObligationIds.of(incident, "NIS2_INCIDENT_NOTIFICATION").toString());
    }

    @Test
    void theBoardShowsTheLateFirstThenWhatIsDueWithin24HoursThenTheRestInWordsAndColour() {
        // given Brugge's incident (early warning late by 6 h, notification due in 42 h) and one aware 60 h ago
        // (early warning late by 36 h, notification due in 12 h)
        var older = significantIncident("h-brugge", aware.minus(Duration.ofHours(30)));

        // when
        String page = http.exchange("/deadlines", HttpMethod.GET, as("SECURITY_OFFICER", "h-brugge", null),
                String.class).getBody();

        // then
        var lateLongest = row(page, ObligationIds.of(older, "NIS2_EARLY_WARNING"));
        var late = row(page, ObligationIds.of(incident, "NIS2_EARLY_WARNING"));
        var soon = row(page, ObligationIds.of(older, "NIS2_INCIDENT_NOTIFICATION"));
        var later = row(page, ObligationIds.of(incident, "NIS2_INCIDENT_NOTIFICATION"));
        assertThat(List.of(lateLongest.start(), late.start(), soon.start(), later.start())).isSorted();
        assertThat(lateLongest.html()).contains("urgency-late", "Late by 36 h");
        assertThat(late.html()).contains("urgency-late", "Late by 6 h");
        assertThat(soon.html()).contains("urgency-soon", "Due within 24 h", "due in 11 h");
        assertThat(later.html()).contains("urgency-later", "Due in 41 h");
    }

    @Test
    void aGermanHospitalsBoardReadsInEnglishToAnEnglishReader() {
        // given a hospital in Berlin, whose rule file titles its obligations in German
        profiles.save(new HospitalProfile(HospitalId.of("h-berlin"), "DE", ZoneId.of("Europe/Berlin"), "BSI",
                "BfDI", "dpo@berlin.example", "security@berlin.example"));
        var berlin = significantIncident("h-berlin", aware);
        var headers = headers("SECURITY_OFFICER", "h-berlin");
        headers.setAcceptLanguageAsLocales(List.of(Locale.ENGLISH));

        // when
        String board = http.exchange("/deadlines", HttpMethod.GET, new HttpEntity<>(headers), String.class).getBody();
        String obligation = http.exchange("/deadlines/" + ObligationIds.of(berlin, "NIS2_EARLY_WARNING"),
                HttpMethod.GET, new HttpEntity<>(headers), String.class).getBody();

        // then
        assertThat(board).contains(">Early warning</a>", ">Incident notification</a>", "Late by 6 h",
                "BSIG (NIS2UmsuCG), transposing NIS2 Art. 23(4)(a)", "Unauthorised Modification of Information");
        assertThat(obligation).contains("<h1>Early warning</h1>", "Late by 6 h",
                "Unauthorised Modification of Information");
        assertThat(board + obligation).doesNotContain(">information-content-security/");
        assertThat(board + obligation).doesNotContain("Frühe Erstmeldung", "Meldung an das BSI");
    }

    private IncidentId significantIncident(String hospital, Instant awareAt) {
        var other = IncidentId.generate();
        var incidents = new IncidentTopic(bootstrapServers, topic);
        incidents.publish(reported(other, hospital, awareAt));
        incidents.publish(envelope(hospital, 1, Instant.now(),
                new SignificanceAssessed(other, Significance.YES, "ambulances diverted")));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> view.ofIncident(other).stream()
                .map(ObligationRow::ruleId).toList().containsAll(List.of("NIS2_EARLY_WARNING",
                        "NIS2_INCIDENT_NOTIFICATION")));
        return other;
    }

    /** A row of the board and where it starts on the page. */
    private static Row row(String page, UUID obligation) {
        int marker = page.indexOf("data-obligation=\"" + obligation + "\"");
        assertThat(marker).as("row of %s", obligation).isNotNegative();
        int start = page.lastIndexOf("<tr", marker);
        return new Row(start, page.substring(start, page.indexOf("</tr>", marker)));
    }

    private record Row(int start, String html) {
    }

    private ResponseEntity<String> submitWithoutReasonsForTheDelay(UUID obligation, List<Locale> languages) {
        var form = new LinkedMultiValueMap<String, String>();
        form.add("submittedAt", Instant.now().atZone(BRUSSELS).toLocalDateTime().minusMinutes(5)
                .truncatedTo(ChronoUnit.MINUTES).toString());
        form.add("timeZone", "Europe/Brussels");
        var headers = headers("DPO", "h-brugge");
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        if (!languages.isEmpty()) {
            headers.setAcceptLanguageAsLocales(languages);
        }
        return http.exchange("/deadlines/" + obligation + "/submission", HttpMethod.POST,
                new HttpEntity<>(form, headers), String.class);
    }
}
