package eu.vigil.web.csv;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SpreadsheetCsvTest {

    @ParameterizedTest(name = "{0} is written as {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "=HYPERLINK(\"http://evil.example\")|`\"'=HYPERLINK(\"\"http://evil.example\"\")\"`",
            "+41 22 000|'+41 22 000",
            "-1+1|'-1+1",
            "@SUM(A1)|'@SUM(A1)",
            "plain|plain",
            "a, b|`\"a, b\"`",
            "say \"hi\"|`\"say \"\"hi\"\"\"`"})
    void givenACellWhenWrittenThenASpreadsheetShowsItAsTextAndTheLineIsRfc4180(String cell, String written)
            throws IOException {
        assertThat(csv(List.of(cell))).isEqualTo(written + "\r\n");
    }

    @Test
    void aLineBreakInACellIsQuotedAndEveryLineEndsWithCrLf() throws IOException {
        assertThat(csv(Arrays.asList("one\ntwo", null, "three"))).isEqualTo("\"one\ntwo\",,three\r\n");
    }

    private static String csv(List<String> cells) throws IOException {
        var out = new StringWriter();
        try (var csv = new SpreadsheetCsv(out)) {
            csv.line(cells);
        }
        return out.toString();
    }
}
