package eu.vigil.query.trends;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** What the trends keep from the CERT: a figure that could single out a hospital, and any hospital's name. */
class SectorTrendsDisclosureIT extends SectorSharesAndReports {

    @Test
    void givenACellOfFewerThanThreeHospitalsThenItsFigureIsWithheld() {
        var trends = api("/api/cert/trends?" + WINDOW);

        // Aalst's and Boom's two shares of week 14 (Dinant's withdrawn): counted, they would single them out
        var infected = cell(trends.get("weekly"), "2026-W14", "malicious-code/infected-system");
        assertThat(infected.get("shares").isNull()).isTrue();
        assertThat(infected.get("withheld").asBoolean()).isTrue();
        assertThat(cell(trends.get("weekly"), "2026-W14", "fraud/phishing").get("withheld").asBoolean()).isTrue();
        // over both weeks, the degraded care of three hospitals' five shares shows
        assertThat(cell(trends.get("impactTotals"), null, "degraded").get("shares").asInt()).isEqualTo(5);
        assertThat(cell(trends.get("impact"), "2026-W13", "degraded").get("shares").asInt()).isEqualTo(3);
    }

    @Test
    void givenAPseudonymousShareWhenTheTrendsAreReadInAnyFormThenNoAnswerNamesAHospitalOrItsPseudonym() {
        var pseudonym = jdbc.sql("select publisher from query.shared_incident where pseudonymised").query(String.class)
                .single();
        var answers = List.of(api("/api/cert/trends?" + WINDOW).toString(), page(WINDOW, Locale.ENGLISH),
                csv("weekly").getBody(), csv("impact").getBody(), csv("timeliness").getBody());

        assertThat(pseudonym).isNotBlank();
        for (var answer : answers) {
            assertThat(answer).doesNotContain(pseudonym).doesNotContain(HOSPITALS.toArray(String[]::new));
        }
    }
}
