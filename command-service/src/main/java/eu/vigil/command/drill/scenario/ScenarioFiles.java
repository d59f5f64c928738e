package eu.vigil.command.drill.scenario;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import eu.vigil.web.JsonMappingProblems;
import eu.vigil.web.StrictJson;
import org.springframework.core.io.Resource;

import java.io.IOException;
import java.time.Duration;
import java.time.format.DateTimeParseException;

/** Reads one scenario file as strictly as a request body (web-kit's {@link StrictJson}), then checks its sense. */
final class ScenarioFiles {

    // trailing data is looked for below, to name it rather than say the document "must be an object"
    private static final ObjectMapper STRICT = StrictJson.strictCopy(JsonMapper.builder().build())
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .registerModule(new SimpleModule("vigil-scenario").addDeserializer(Duration.class, new IsoDuration()));

    private ScenarioFiles() {
    }

    static Scenario read(Resource resource) {
        String name = resource.getFilename();
        Scenario scenario;
        try (var in = resource.getInputStream(); var parser = STRICT.createParser(in)) {
            scenario = STRICT.readValue(parser, Scenario.class);
            if (parser.nextToken() != null) {
                throw new InvalidScenarioException(name, "", "has data after its end (line "
                        + parser.currentTokenLocation().getLineNr() + ")", null);
            }
        } catch (JsonMappingException e) {
            var problem = JsonMappingProblems.of(e);
            throw new InvalidScenarioException(name, problem.pointer(), problem.message(), e);
        } catch (JsonParseException e) {
            String pointer = e.getProcessor() == null ? ""
                    : e.getProcessor().getParsingContext().pathAsPointer().toString();
            throw new InvalidScenarioException(name, pointer, "is not well-formed JSON (line "
                    + e.getLocation().getLineNr() + ": " + e.getOriginalMessage() + ")", e);
        } catch (IOException e) {
            throw new InvalidScenarioException(name, "", "cannot be read: " + e.getMessage(), e);
        }
        if (scenario == null) {
            throw new InvalidScenarioException(name, "", "must be an object", null);
        }
        ScenarioChecks.check(name, scenario);
        return scenario;
    }

    /** An ISO 8601 duration written as a string ({@code PT9H10M}), never a number of seconds. */
    static final class IsoDuration extends StdScalarDeserializer<Duration> {

        IsoDuration() {
            super(Duration.class);
        }

        @Override
        public Duration deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.hasToken(JsonToken.VALUE_STRING)) {
                try {
                    return Duration.parse(parser.getText());
                } catch (DateTimeParseException e) {
                    // fall through to the same refusal as a number
                }
            }
            throw JsonMappingException.from(parser, "must be an ISO 8601 duration such as PT1H30M");
        }
    }
}
