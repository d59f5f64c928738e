package eu.vigil.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StrictJsonTest {

    record Device(String type, int count) {
    }

    record Report(String summary, Instant awareAt, List<String> services, List<Device> devices, Boolean urgent) {
    }

    private final ObjectMapper strict = StrictJson.strictCopy(new ObjectMapper().registerModule(new JavaTimeModule()));

    @Test
    void aWellFormedBodyIsRead() throws Exception {
        var report = read("""
                {"summary":"Ransom note\\n on PACS","awareAt":"2026-11-23T09:00:00+01:00","services":["imaging"],
                 "devices":[{"type":"CT scanner","count":2}],"urgent":true}""");

        assertThat(report.awareAt()).isEqualTo(Instant.parse("2026-11-23T08:00:00Z"));
        assertThat(report.devices()).containsExactly(new Device("CT scanner", 2));
    }

    @Test
    void aNullInsideAListIsRefusedWithItsPosition() {
        assertThatThrownBy(() -> read("{\"services\":[null,\"imaging\"]}"))
                .isInstanceOf(InvalidNullException.class)
                .satisfies(e -> assertThat(pointer(e)).isEqualTo("/services/0"));
    }

    @Test
    void aNulCharacterInANestedStringIsRefusedAtItsPointer() {
        assertThatThrownBy(() -> read("{\"devices\":[{\"type\":\"CT\\u0000\",\"count\":1}]}"))
                .isInstanceOf(JsonMappingException.class)
                .hasMessageContaining("control character (U+0000 at position 3)")
                .satisfies(e -> assertThat(pointer(e)).isEqualTo("/devices/0/type"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"summary\":12}",                              // a number is not a string
            "{\"urgent\":\"true\"}",                         // nor is a string a boolean
            "{\"devices\":[{\"type\":\"x\",\"count\":1.5}]}", // nor a fraction a count
            "{\"awareAt\":1700000000}",                      // an instant is written, never a number
            "{\"awareAt\":1e308}",
            "{\"awareAt\":\"2026-11-23T08:00:00\"}",        // without its offset it means nothing
            "{\"awareAt\":\"2026-02-30T08:00:00Z\"}",       // no such day
            "{\"awareAt\":\"1999-12-31T23:59:59Z\"}",       // before the documented range
            "{\"awareAt\":\"2100-01-01T00:00:00Z\"}",       // after it
            "{\"awareAt\":\"-1000000000-01-01T00:00:00Z\"}",
            "{\"summary\":\"a\"} trailing",                  // trailing data
            "{\"summary\":\"a\",\"summary\":\"b\"}",         // a duplicate key
            "{\"summry\":\"typo\"}",                         // an unknown property
            "{\"services\":\"imaging\"}"                     // one value is not a list
    })
    void aLenientReadingIsRefused(String body) {
        assertThatThrownBy(() -> read(body)).isInstanceOf(com.fasterxml.jackson.core.JsonProcessingException.class);
    }

    @Test
    void deepNestingIsRefused() {
        String deep = "[".repeat(StrictJson.MAX_NESTING_DEPTH + 1) + "]".repeat(StrictJson.MAX_NESTING_DEPTH + 1);
        assertThatThrownBy(() -> read("{\"services\":" + deep + "}"))
                .isInstanceOf(com.fasterxml.jackson.core.JsonProcessingException.class);
    }

    @Test
    void aStringLongerThanAnyFieldIsRefusedWhileReading() {
        String huge = "x".repeat(StrictJson.MAX_STRING_LENGTH + 1);
        assertThatThrownBy(() -> read("{\"summary\":\"" + huge + "\"}"))
                .isInstanceOf(JsonMappingException.class)
                .satisfies(e -> assertThat(pointer(e)).isEqualTo("/summary"));
    }

    @Test
    void theContextsOwnMapperKeepsItsLeniency() throws Exception {
        var lenient = new ObjectMapper().registerModule(new JavaTimeModule());
        StrictJson.strictCopy(lenient);

        assertThat(lenient.readValue("{\"summary\":12}", Report.class).summary()).isEqualTo("12");
    }

    private Report read(String json) throws Exception {
        return strict.readValue(json, Report.class);
    }

    private static String pointer(Throwable e) {
        var pointer = new StringBuilder();
        for (var reference : ((JsonMappingException) e).getPath()) {
            pointer.append('/').append(reference.getFieldName() != null ? reference.getFieldName()
                    : String.valueOf(reference.getIndex()));
        }
        return pointer.toString();
    }
}
