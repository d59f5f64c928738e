package eu.vigil.query.register.web;

import eu.vigil.contracts.drill.Exercise;
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

    private static final UUID ID = UUID.fromString("0b6f0d5e-3c1a-4d55-9a4e-5f1b2c3d4e5f");

    @Test
    void aRowEndsWithCrLfAndLeavesUnknownValuesEmpty() throws IOException {
        assertThat(row(null)).isEqualTo(ID + ",2026-03-29T00:45:00Z,2026-03-29T02:45:00Z,,fraud/phishing,,"
                + "detection,unknown,,,,,2,2026-03-30T00:45:00Z,\"Phishing, again\"\r\n");
    }

    @Test
    void givenADrillsIncidentThenItsExerciseColumnNamesTheDrill() throws IOException {
        var drill = UUID.fromString("5d0c0de0-0000-4000-8000-000000000060");

        assertThat(IncidentCsv.HEADER.get(11)).isEqualTo("exercise");
        assertThat(row(new Exercise(drill, 60))).isEqualTo(ID + ",2026-03-29T00:45:00Z,2026-03-29T02:45:00Z,,"
                + "fraud/phishing,,detection,unknown,,,," + drill + ",2,2026-03-30T00:45:00Z,\"Phishing, again\"\r\n");
    }

    private static String row(Exercise exercise) throws IOException {
        var out = new StringWriter();
        try (var csv = new SpreadsheetCsv(out)) {
            IncidentCsv.row(csv, new RegisteredIncident(ID, "h-brugge", "Phishing, again", "fraud/phishing", null,
                    Instant.parse("2026-03-29T00:45:00Z"), "unknown", Instant.parse("2026-03-29T02:45:00Z"), "u-1",
                    null, "detection", null, null, null, exercise),
                    new RunningObligations(2, Instant.parse("2026-03-30T00:45:00Z")));
        }
        return out.toString();
    }
}
