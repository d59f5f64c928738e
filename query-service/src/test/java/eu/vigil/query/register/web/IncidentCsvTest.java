package eu.vigil.query.register.web;

import eu.vigil.query.obligation.RunningObligations;
import eu.vigil.query.register.RegisteredIncident;
import eu.vigil.web.csv.SpreadsheetCsv;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A row of the incident list's CSV; quoting and formulas are web-kit's SpreadsheetCsvTest's. */
class IncidentCsvTest {

    @Test
    void aRowEndsWithCrLfAndLeavesUnknownValuesEmpty() throws IOException {
        var id = UUID.fromString("0b6f0d5e-3c1a-4d55-9a4e-5f1b2c3d4e5f");
        var out = new StringWriter();

        try (var csv = new SpreadsheetCsv(out)) {
            IncidentCsv.row(csv, new RegisteredIncident(id, "h-brugge", "Phishing, again", "fraud/phishing", null,
                    Instant.parse("2026-03-29T00:45:00Z"), "unknown", Instant.parse("2026-03-29T02:45:00Z"), "u-1",
                    null, "detection", null, null, null),
                    new RunningObligations(2, Instant.parse("2026-03-30T00:45:00Z")));
        }

        assertThat(out.toString()).isEqualTo(id + ",2026-03-29T00:45:00Z,2026-03-29T02:45:00Z,,fraud/phishing,,"
                + "detection,unknown,,,,2,2026-03-30T00:45:00Z,\"Phishing, again\"\r\n");
    }
}
