package eu.vigil.notifier.calendar;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** RFC 5545 §3.1: content lines of at most 75 octets, folded by CRLF and a space, which a reader removes. */
class ContentLinesTest {

    @Test
    void givenALineOfAccentsAndTypographicApostrophesThenEachFoldedLineIsAtMost75OctetsAndUnfoldsToTheSameText() {
        String line = "DESCRIPTION;LANGUAGE=fr:[EXERCICE] Alerte précoce à l’autorité\\nBase juridique : "
                + "é".repeat(60) + "’".repeat(30) + " fin";

        String folded = ContentLines.fold("BEGIN:VEVENT\r\n" + line + "\r\nEND:VEVENT\r\n");

        assertThat(folded.split("\r\n")).hasSizeGreaterThan(4).allSatisfy(folds ->
                assertThat(folds.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        assertThat(folded.replace("\r\n ", "")).isEqualTo("BEGIN:VEVENT\r\n" + line + "\r\nEND:VEVENT\r\n");
    }

    @Test
    void givenShortLinesThenNothingIsFolded() {
        assertThat(ContentLines.fold("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"))
                .isEqualTo("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
    }
}
