package eu.vigil.query.trends;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The trends API's figures over the known sector: shares per UTC ISO week, and the reports' timeliness. */
class SectorTrendsFiguresIT extends SectorSharesAndReports {

    @Test
    void givenSharesAcrossTheDaylightSavingChangeThenEachCountsInItsUtcIsoWeek() {
        var trends = api("/api/cert/trends?" + WINDOW);

        assertThat(trends.get("weeklyTotals")).hasSize(2);
        assertThat(trends.at("/weeklyTotals/0/week").asText()).isEqualTo("2026-W13");
        assertThat(trends.at("/weeklyTotals/0/shares").asInt()).isEqualTo(3);
        // Dinant's withdrawn share is left out: three shares of week 14, from three hospitals
        assertThat(trends.at("/weeklyTotals/1/week").asText()).isEqualTo("2026-W14");
        assertThat(trends.at("/weeklyTotals/1/shares").asInt()).isEqualTo(3);
        assertThat(cell(trends.get("weekly"), "2026-W13", "malicious-code/infected-system").get("shares").asInt())
                .isEqualTo(3);
    }

    @Test
    void givenTheSharedIncidentsEarlyWarningsThenMedianP90AndOnTimeShareAreTheirs() {
        var timeliness = api("/api/cert/trends?" + WINDOW).get("timeliness");

        var warnings = row(timeliness, "NIS2_EARLY_WARNING");
        assertThat(warnings.get("month").asText()).isEqualTo("2026-03");
        assertThat(warnings.get("submitted").asInt()).isEqualTo(4);
        assertThat(warnings.get("medianHours").asDouble()).isEqualTo(5.0);
        assertThat(warnings.get("p90Hours").asDouble()).isEqualTo(22.8); // 6 h + 0.7 × (30 h − 6 h)
        assertThat(warnings.get("onTimePercent").asInt()).isEqualTo(75);
        // two hospitals' GDPR notifications: no figure at all
        var gdpr = row(timeliness, "GDPR_SA_NOTIFICATION");
        assertThat(List.of(gdpr.get("submitted"), gdpr.get("medianHours"), gdpr.get("p90Hours"),
                gdpr.get("onTimePercent"))).allMatch(JsonNode::isNull);
    }

    private static JsonNode row(JsonNode timeliness, String report) {
        for (var row : timeliness) {
            if (row.get("report").asText().equals(report)) {
                return row;
            }
        }
        throw new AssertionError("No row of " + report + ": " + timeliness);
    }
}
