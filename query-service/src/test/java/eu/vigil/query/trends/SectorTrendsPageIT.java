package eu.vigil.query.trends;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The CERT's trends page over the known sector, the feed's link to it, and its tables' CSV downloads. */
class SectorTrendsPageIT extends SectorSharesAndReports {

    @Test
    void givenTheViewersLanguageWhenThePageIsShownThenItsChartsStandBesideTheirNumbersInThatLanguage() {
        String english = page(WINDOW, Locale.ENGLISH);
        assertThat(english).contains("<svg role=\"img\"", "<title id=\"trends-weekly-title\"", "<polyline",
                "What to do next:", "fewer than 3 hospitals", "NIS2 early warning (24 h)", "5 h", "22.8 h", "75 %");

        assertThat(english).containsSubsequence("numbers: shares per ISO week", "2026-W13", "3", "2026-W14", "3",
                "numbers: shares over the period", "Care degraded", "5", "Harm suspected", "fewer than 3 hospitals");
        // the charts' titles stay in their charts: the page has one title of its own
        assertThat(english.substring(0, english.indexOf("</head>"))).containsOnlyOnce("<title");
        String feed = http.exchange("/cert/feed", HttpMethod.GET,
                new HttpEntity<>(headers(MediaType.TEXT_HTML, Locale.ENGLISH)), String.class).getBody();
        assertThat(feed).contains("href=\"/cert/trends\"", "Trends and sector metrics");

        String french = page(WINDOW, Locale.FRENCH);
        assertThat(french).contains("Tendances et indicateurs du secteur", "Que faire ensuite :",
                "moins de 3 hôpitaux", "Alerte précoce NIS2 (24 h)", "22,8 h", "ligne continue");
    }

    @Test
    void givenEachTableWhenDownloadedAsCsvThenTheWithheldFiguresAreInWords() {
        var timeliness = csv("timeliness");

        assertThat(timeliness.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(timeliness.getHeaders().getContentDisposition().getFilename()).isEqualTo("trends-timeliness.csv");
        assertThat(timeliness.getBody()).isEqualTo("""
                month,report,submitted,median_hours,p90_hours,on_time_percent\r
                2026-03,GDPR_SA_NOTIFICATION,fewer than 3 hospitals,fewer than 3 hospitals,fewer than 3 hospitals,\
                fewer than 3 hospitals\r
                2026-03,NIS2_EARLY_WARNING,4,5.0,22.8,75\r
                """);
        assertThat(csv("weekly").getBody()).contains("2026-W13,malicious-code/infected-system,3\r\n",
                "2026-W14,malicious-code/infected-system,fewer than 3 hospitals\r\n");
    }

    @Test
    void givenParametersOutOfBoundsThenEachIsRefusedAsAProblem() {
        var refused = http.exchange("/cert/trends.csv?table=pie&weeks=105&months=0&to=1999-01-01", HttpMethod.GET,
                new HttpEntity<>(headers(MediaType.APPLICATION_JSON, Locale.ENGLISH)), JsonNode.class);

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(refused.getBody().toString()).contains("table", "weeks", "from 1 to 104", "months",
                "from 1 to 24", "to");
    }
}
