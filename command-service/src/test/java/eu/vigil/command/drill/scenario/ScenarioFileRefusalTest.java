package eu.vigil.command.drill.scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static eu.vigil.command.drill.scenario.ScenarioSamples.VALID;
import static eu.vigil.command.drill.scenario.ScenarioSamples.file;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** A bad scenario file stops the start, naming the file and a JSON pointer to what is wrong in it. */
class ScenarioFileRefusalTest {

    private static final String FIRST_EXPECTATION = "{\"who\": \"SECURITY_OFFICER\", \"what\": \"RECORD_AWARENESS\", "
            + "\"by\": \"PT1H\"}";

    static Stream<Arguments> badFiles() {
        return Stream.of(
                bad("an unknown property", VALID.replace("\"category\"", "\"owner\": \"me\", \"category\""),
                        "/owner", "is not a property of this request"),
                bad("an eighth language",
                        VALID.replace("\"en\": \"Power cut\"", "\"ga\": \"x\", \"en\": \"Power cut\""), "/title/ga",
                        "is not a property of this request"),
                bad("a language missing", VALID.replace(", \"pt\": \"O gerador avaria.\"", ""),
                        "/description/pt", "is missing"),
                bad("a blank text", VALID.replace("\"Licht uit\"", "\"  \""), "/injects/0/text/nl", "is blank"),
                bad("a text too long", VALID.replace("\"Licht aus\"", "\"" + "x".repeat(501) + "\""),
                        "/injects/0/text/de", "must be at most 500 characters long"),
                bad("a control character", VALID.replace("Sin luz", "Sin\\u0007luz"), "/injects/0/text/es",
                        "must not hold a control character (U+0007 at position 4)"),
                bad("a bidirectional control", VALID.replace("Power cut", "Power\\u202Ecut"), "/title/en",
                        "must be one line without control or bidirectional characters (bidi U+202E at position 6)"),
                bad("a line break in a title", VALID.replace("Blackout", "Black\\nout"), "/title/it",
                        "must be one line without control or bidirectional characters (control U+000A at position 6)"),
                bad("an id not in kebab-case", VALID.replace("power-cut", "Power_Cut"), "/id",
                        "must be kebab-case (a-z, 0-9 and single hyphens), at most 64 characters"),
                bad("an unknown RSIT category", VALID.replace("availability/outage", "ransomware/pacs"),
                        "/category", "is not valid here"),
                bad("an offset as a number", VALID.replace("\"PT0S\"", "0"), "/injects/0/offset",
                        "must be an ISO 8601 duration such as PT1H30M"),
                bad("an offset past 72 hours", VALID.replace("\"PT40M\"", "\"P3DT1M\""), "/injects/1/offset",
                        "must be from PT0S to PT72H after the drill's start"),
                bad("a negative offset", VALID.replace("\"PT0S\"", "\"-PT5M\""), "/injects/0/offset",
                        "must be from PT0S to PT72H after the drill's start"),
                bad("injects out of order", VALID.replace("\"PT0S\"", "\"PT50M\""), "/injects/1/offset",
                        "comes before the inject above it (PT50M): keep injects in order"),
                bad("no injects", VALID.substring(0, VALID.indexOf("[\n")) + "[]}", "/injects",
                        "must hold at least one inject"),
                bad("an unknown action", VALID.replace("RECORD_AWARENESS", "PRAY"),
                        "/injects/0/expectations/0/what", "is not one of the accepted values"),
                bad("a role that is no participant", VALID.replace("\"who\": \"DPO\"", "\"who\": \"CERT_COORDINATOR\""),
                        "/injects/1/expectations/0/who",
                        "must be SECURITY_OFFICER or DPO, the hospital's participants"),
                bad("a role that cannot act so", VALID.replace("\"who\": \"DPO\"", "\"who\": \"SECURITY_OFFICER\""),
                        "/injects/1/expectations/0/who", "cannot SUBMIT_EARLY_WARNING in Vigil: only [DPO] can"),
                bad("LAW for an action without a legal deadline", VALID.replace("\"PT1H\"}", "\"LAW\"}"),
                        "/injects/0/expectations/0/by", "is LAW, but RECORD_AWARENESS has no legal deadline: "
                                + "give a duration"),
                bad("a deadline in words", VALID.replace("\"PT1H\"}", "\"soon\"}"), "/injects/0/expectations/0/by",
                        "is not valid here"),
                bad("a zero wait", VALID.replace("\"PT1H\"}", "\"PT0S\"}"), "/injects/0/expectations/0/by",
                        "must be LAW or a duration after the inject, above PT0S and at most PT72H"),
                bad("a null expectation", VALID.replace(FIRST_EXPECTATION, "null"), "/injects/0/expectations/0",
                        "must not be null"),
                bad("no expectations list", VALID.replace("\"expectations\": [" + FIRST_EXPECTATION + "]",
                        "\"expectations\": null"), "/injects/0/expectations", "is missing"),
                bad("a duplicate key", VALID.replace("\"id\": \"power-cut\",", "\"id\": \"power-cut\", \"id\": \"x\","),
                        "/id", "is not well-formed JSON (line 2: Duplicate field 'id')"),
                bad("trailing data", VALID + "{}", "", "has data after its end (line 20)"),
                bad("an empty file", "", "", "must be an object"),
                bad("null", "null", "", "must be an object"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void givenABadFileThenItIsRefusedWithAPointerToWhatIsWrong(String problem, String json, String pointer,
                                                                String message) {
        assertThatThrownBy(() -> new ScenarioCatalogue(List.of(file("bad.json", json))))
                .isInstanceOfSatisfying(InvalidScenarioException.class, refusal -> {
                    assertThat(refusal.file()).isEqualTo("bad.json");
                    assertThat(refusal.pointer()).isEqualTo(pointer);
                    assertThat(refusal.getMessage()).isEqualTo("Scenario file bad.json: "
                            + (pointer.isEmpty() ? "the document" : pointer) + " " + message);
                });
    }

    @Test
    void givenTheSampleThenItIsValidSoThatEachCaseAboveBreaksOneThing() {
        assertThat(new ScenarioCatalogue(List.of(file("power-cut.json", VALID))).find("power-cut")).isPresent();
    }

    @Test
    void givenTwoFilesWithOneIdThenTheSecondIsRefused() {
        assertThatThrownBy(() -> new ScenarioCatalogue(List.of(file("a.json", VALID), file("b.json", VALID))))
                .isInstanceOf(InvalidScenarioException.class)
                .hasMessage("Scenario file b.json: /id is 'power-cut', which another scenario file already uses");
    }

    private static Arguments bad(String problem, String json, String pointer, String message) {
        assertThat(json).as(problem + " changes the sample").isNotEqualTo(VALID);
        return arguments(problem, json, pointer, message);
    }
}
