package eu.vigil.notifier.obligation.web;

import eu.vigil.notifier.obligation.ObligationIds;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

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
        var form = new LinkedMultiValueMap<String, String>();
        form.add("submittedAt", Instant.now().atZone(BRUSSELS).toLocalDateTime().minusMinutes(5)
                .truncatedTo(ChronoUnit.MINUTES).toString());
        form.add("timeZone", "Europe/Brussels");
        var headers = headers("DPO", "h-brugge");
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);

        var page = http.exchange("/deadlines/" + earlyWarning + "/submission", HttpMethod.POST,
                new HttpEntity<>(form, headers), String.class);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("id=\"reasonForDelay-error\"", "give the reasons for the delay");
        assertThat(view.find(earlyWarning).orElseThrow().status().isRunning()).isTrue();
    }

    @Test
    void theBoardShowsTheRunningDeadlinesWithTheirArticles() {
        var page = http.exchange("/deadlines", HttpMethod.GET, as("SECURITY_OFFICER", "h-brugge", null), String.class);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("NIS2 law of 26 April 2024 (BE), transposing NIS2 Art. 23(4)(a)",
                "CCB (CERT.be)", "late by", ObligationIds.of(incident, "NIS2_INCIDENT_NOTIFICATION").toString());
    }
}
