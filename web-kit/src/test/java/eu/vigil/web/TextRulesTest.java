package eu.vigil.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextRulesTest {

    @Test
    void proseKeepsLineBreaksAndTabsButNoOtherControl() {
        assertThat(TextRules.checkProse("First line\n\tsecond\r\nthird")).isNull();
        assertThat(TextRules.checkProse("NUL\u0000here")).isEqualTo(new TextRules.Violation("control", 3, 0));
        assertThat(TextRules.checkProse("bell\u0007")).extracting(TextRules.Violation::key).isEqualTo("control");
        assertThat(TextRules.checkProse("C1\u0085")).extracting(TextRules.Violation::key).isEqualTo("control");
    }

    @Test
    void aShortFieldIsOneLineWithoutBidiControls() {
        assertThat(TextRules.checkLine("Ransomware on PACS — Köln")).isNull();
        assertThat(TextRules.checkLine("two\nlines")).extracting(TextRules.Violation::key).isEqualTo("control");
        assertThat(TextRules.checkLine("invoice\u202Efdp.exe")).isEqualTo(new TextRules.Violation("bidi", 7, 0x202E));
        assertThat(TextRules.checkLine("isolate\u2066x\u2069")).extracting(TextRules.Violation::key).isEqualTo("bidi");
    }

    @Test
    void brokenCharactersAreRefusedEverywhere() {
        assertThat(TextRules.checkProse("lone \uD800 surrogate")).extracting(TextRules.Violation::key)
                .isEqualTo("unpaired-surrogate");
        assertThat(TextRules.checkProse("emoji \uD83D\uDE91 is fine")).isNull();
        assertThat(TextRules.checkProse("\uFFFF")).extracting(TextRules.Violation::key).isEqualTo("noncharacter");
    }

    @Test
    void anEchoIsAShortPrefixWithControlsMadeVisible() {
        assertThat(Problems.echo("x".repeat(3_000_000))).hasSize(Problems.ECHO_LIMIT + 1);
        assertThat(Problems.echo("a\u0000b\u202Ec")).isEqualTo("a\\u0000b\\u202Ec");
    }

    @Test
    void aPropertyPathBecomesAJsonPointer() {
        assertThat(Problems.pointer("medicalDevices[0].type")).isEqualTo("/medicalDevices/0/type");
        assertThat(Problems.pointer("summary")).isEqualTo("/summary");
    }
}
