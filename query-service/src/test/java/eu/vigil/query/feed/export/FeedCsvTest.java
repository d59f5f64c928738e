package eu.vigil.query.feed.export;

import eu.vigil.contracts.Tlp;
import eu.vigil.contracts.incident.IndicatorType;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

import static eu.vigil.query.feed.export.Shares.indicator;
import static eu.vigil.query.feed.export.Shares.share;
import static org.assertj.core.api.Assertions.assertThat;

/** The feed's CSV: one row per share and indicator, RFC 4180 quoting, no formula a spreadsheet would run. */
class FeedCsvTest {

    @Test
    void givenAShareWithTwoIndicatorsAndAWithdrawnOneWhenWrittenThenEachIndicatorIsARowAndTheWithdrawnOneRow()
            throws IOException {
        var lines = csv(share("h-gent", false, Tlp.GREEN, "Phishing", indicator(IndicatorType.DOMAIN, "a.example",
                Tlp.GREEN), indicator(IndicatorType.IPV4, "198.51.100.23", Tlp.AMBER)),
                Shares.withdrawn("h-gent", Tlp.CLEAR)).split("\r\n");

        assertThat(lines).hasSize(4);
        assertThat(lines[0]).isEqualTo(String.join(",", FeedCsv.HEADER));
        assertThat(lines[1]).endsWith(",domain,a.example,green");
        assertThat(lines[2]).endsWith(",ipv4,198.51.100.23,amber");
        assertThat(lines[3]).endsWith(",,,");
        assertThat(lines[1].split(",")[FeedCsv.HEADER.indexOf("country")]).isEqualTo("BE");
    }

    @Test
    void givenASummaryAFormulaWouldStartWhenWrittenThenItIsText() throws IOException {
        var text = csv(share("h-gent", false, Tlp.CLEAR, "=HYPERLINK(\"http://evil\")"));

        assertThat(text).contains(",\"'=HYPERLINK(\"\"http://evil\"\")\",");
    }

    @Test
    void givenCommasQuotesAndLineBreaksWhenWrittenThenTheFieldIsQuotedWithItsQuotesDoubled() throws IOException {
        var text = csv(share("h-gent", false, Tlp.CLEAR, "Said \"stop\", then\r\nleft"));

        assertThat(text).contains(",\"Said \"\"stop\"\", then\r\nleft\",");
    }

    private static String csv(eu.vigil.query.feed.SharedIncident... shares) throws IOException {
        var out = new StringWriter();
        FeedCsv.write(out, List.of(shares));
        return out.toString();
    }
}
