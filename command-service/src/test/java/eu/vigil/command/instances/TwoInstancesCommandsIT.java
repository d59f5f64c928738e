package eu.vigil.command.instances;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import static eu.vigil.command.instances.TwoInstances.A;
import static eu.vigil.command.instances.TwoInstances.B;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A command on either instance sees what the other recorded: each caches the incidents it loaded, and a copy made
 * stale by the other's append must neither fail the user's change nor leave a gap or a duplicate in the incident's
 * events.
 */
class TwoInstancesCommandsIT {

    private final TwoInstances instances = new TwoInstances("two-instances-commands");

    @AfterEach
    void stopBoth() {
        instances.close();
    }

    @Test
    void givenAnIncidentChangedOnEachInstanceInTurnWhenEveryRoundIsDoneThenEachChangeSucceededAndFollowsTheLast() {
        var report = instances.report(A, "PACS encrypted");
        assertThat(report.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String id = report.getBody().get("incidentId").asText();
        long last = report.getBody().get("sequence").asLong();

        String[] phases = {"analysis", "containment", "eradication", "recovery"};
        for (int round = 0; round < 8; round++) {
            String instance = round % 2 == 0 ? B : A;
            var entry = instances.appendTimelineEntry(instance, id, "Round " + round, null);
            assertThat(entry.getStatusCode()).as("timeline entry of round %d on %s", round, instance)
                    .isEqualTo(HttpStatus.CREATED);
            assertThat(entry.getBody().get("sequence").asLong()).isEqualTo(++last);
            if (round % 2 == 1) {
                var phase = instances.send(instance, HttpMethod.POST, "/api/incidents/" + id + "/phase-changes",
                        "{\"phase\": \"%s\"}".formatted(phases[round / 2]), null);
                assertThat(phase.getStatusCode()).as("phase change of round %d on %s", round, instance)
                        .isEqualTo(HttpStatus.OK);
                assertThat(phase.getBody().get("sequence").asLong()).isEqualTo(++last);
            }
        }

        assertThat(instances.storedSequences(id)).containsExactlyElementsOf(
                LongStream.rangeClosed(0, last).boxed().toList());
        for (String instance : List.of(A, B)) {
            var integrity = instances.get(instance, "/api/incidents/" + id + "/integrity");
            assertThat(integrity.getBody().get("intact").asBoolean()).as("integrity on " + instance).isTrue();
            assertThat(integrity.getBody().get("events").asLong()).isEqualTo(last + 1);
        }
    }

    @Test
    void givenARequestRetriedUnderItsKeyOnTheOtherInstanceWhenBothAnswerThenTheyAnswerAlikeAndItIsRecordedOnce() {
        String id = instances.report(A, "PACS encrypted").getBody().get("incidentId").asText();
        instances.appendTimelineEntry(B, id, "B has the incident cached now", null); // A's copy is stale

        var first = instances.appendTimelineEntry(A, id, "Retried entry", "retry-key-1");
        var retried = instances.appendTimelineEntry(B, id, "Retried entry", "retry-key-1");

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(retried.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(retried.getBody()).isEqualTo(first.getBody());
        assertThat(instances.jdbc().sql("""
                        select count(*) from incident.domain_event_entry
                         where aggregate_identifier = :id and payload_type like '%TimelineEntryAppended'""")
                .param("id", id).query(Long.class).single()).isEqualTo(2);
        long last = first.getBody().get("sequence").asLong();
        assertThat(instances.storedSequences(id)).containsExactlyElementsOf(
                LongStream.rangeClosed(0, last).boxed().toList());
    }

    @Test
    void givenBothInstancesChangingOneIncidentAtOnceWhenEachSendsTenChangesThenEveryChangeIsRecordedWithoutAGap() {
        var report = instances.report(A, "PACS encrypted").getBody();
        String id = report.get("incidentId").asText();
        instances.appendTimelineEntry(B, id, "Both have it cached", null);

        List<ResponseEntity<JsonNode>> answers = new ArrayList<>();
        var senders = Executors.newFixedThreadPool(2);
        try {
            var fromA = CompletableFuture.supplyAsync(() -> changes(A, id), senders);
            var fromB = CompletableFuture.supplyAsync(() -> changes(B, id), senders);
            answers.addAll(fromA.join());
            answers.addAll(fromB.join());
        } finally {
            senders.shutdownNow();
        }

        assertThat(answers).extracting(ResponseEntity::getStatusCode).containsOnly(HttpStatus.CREATED);
        long last = report.get("sequence").asLong() + 1 + answers.size();
        assertThat(instances.storedSequences(id)).containsExactlyElementsOf(
                LongStream.rangeClosed(0, last).boxed().toList());
    }

    private List<ResponseEntity<JsonNode>> changes(String instance, String id) {
        return IntStream.range(0, 10)
                .mapToObj(i -> instances.appendTimelineEntry(instance, id, "From " + instance + " " + i, null))
                .toList();
    }
}
