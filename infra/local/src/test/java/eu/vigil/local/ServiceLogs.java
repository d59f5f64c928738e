package eu.vigil.local;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.awaitility.core.ConditionTimeoutException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.awaitility.Awaitility.await;

/** A process's JSON log as the local stack writes it (logs/NAME.json, one ECS object a line), read for assertions. */
final class ServiceLogs {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ServiceLogs() {
    }

    /** Waits for a line the process wrote in the incident's log context and in that trace; fails showing the others. */
    static JsonNode awaitLine(RunningStack stack, String process, String incidentId, String traceId, Duration atMost) {
        Path log = stack.jsonLog(process);
        try {
            return await().atMost(atMost).pollInterval(Duration.ofMillis(250))
                    .until(() -> linesOf(log, incidentId).stream()
                            .filter(line -> traceId.equals(line.path("traceId").asText())).findFirst(),
                            Optional::isPresent).get();
        } catch (ConditionTimeoutException notThere) {
            throw new AssertionError(process + " wrote no line for incident " + incidentId + " in trace " + traceId
                    + " to " + log + "; its lines for that incident: " + linesOf(log, incidentId), notThere);
        }
    }

    private static List<JsonNode> linesOf(Path log, String incidentId) {
        if (!Files.exists(log)) {
            return List.of();
        }
        try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
            // the line being written as we read may be cut short: it is read again at the next poll
            return lines.filter(line -> line.contains(incidentId)).flatMap(ServiceLogs::parsed)
                    .filter(line -> incidentId.equals(line.path("incidentId").asText())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<JsonNode> parsed(String line) {
        try {
            return Stream.of(JSON.readTree(line));
        } catch (JsonProcessingException cutShort) {
            return Stream.empty();
        }
    }
}
