package eu.vigil.query.register.web;

import eu.vigil.query.obligation.RunningObligations;
import eu.vigil.query.register.RegisteredIncident;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class IncidentCsvTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "plain summary           | plain summary",
            "a, b                    | `\"a, b\"`",
            "say \"hi\"              | `\"say \"\"hi\"\"\"`",
            "=1+1                    | '=1+1",
            "+31 20 123              | '+31 20 123",
            "-2                      | '-2",
            "@SUM(A1)                | '@SUM(A1)",
            "=HYPERLINK(\"x\",\"y\") | `\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"`",
            "a - b = c               | a - b = c"})
    void aCellIsQuotedAsRfc4180AndNeverRunsAsAFormula(String value, String written) {
        assertThat(IncidentCsv.cell(value.strip())).isEqualTo(written.strip());
    }

    @Test
    void aCellStartingWithATabOrABreakIsNeutralisedAndQuoted() {
        assertThat(IncidentCsv.cell("\t=1")).isEqualTo("'\t=1");
        assertThat(IncidentCsv.cell("\r=1")).isEqualTo("\"'\r=1\"");
        assertThat(IncidentCsv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
    }

    @Test
    void aRowEndsWithCrLfAndLeavesUnknownValuesEmpty() throws IOException {
        var id = UUID.fromString("0b6f0d5e-3c1a-4d55-9a4e-5f1b2c3d4e5f");
        var out = new StringWriter();

        IncidentCsv.row(out, new RegisteredIncident(id, "h-brugge", "Phishing, again", "fraud/phishing", null,
                Instant.parse("2026-03-29T00:45:00Z"), "unknown", Instant.parse("2026-03-29T02:45:00Z"), "u-1", null,
                "detection", null, null, null), new RunningObligations(2, Instant.parse("2026-03-30T00:45:00Z")));

        assertThat(out.toString()).isEqualTo(id + ",2026-03-29T00:45:00Z,2026-03-29T02:45:00Z,,fraud/phishing,,"
                + "detection,unknown,,,,2,2026-03-30T00:45:00Z,\"Phishing, again\"\r\n");
    }
}
