package eu.vigil.notifier.obligation.web;

import eu.vigil.notifier.obligation.ObligationIds;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

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
                "CCB (CERT.be)", "late by", ObligationIds.of(incident, "NIS2_INCIDENT_NOTIFICATION").toString());
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
