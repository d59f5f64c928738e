package eu.vigil.contracts.drill;

import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.vigil.contracts.Actor;
import eu.vigil.contracts.EventEnvelope;
import eu.vigil.contracts.EventJson;
import eu.vigil.contracts.HospitalId;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DrillSealTest {

    private static final UUID DRILL = UUID.fromString("5f0c8c1e-7d7a-4c43-9a55-0d2b1f3e4a11");
    private static final DrillKey KEY = DrillKey.generate(DRILL);
    private static final Actor OFFICER = new Actor("officer.anna@chu-liege.example", "SECURITY_OFFICER");

    @Test
    void aSealedRecordOpensToTheEnvelopeItWas() {
        var envelope = envelope(UUID.randomUUID());
        byte[] plain = EventJson.write(envelope);

        byte[] opened = DrillSeal.open(DrillSeal.seal(plain, KEY), KEY);

        assertThat(EventJson.read(opened, DrillEvent.class)).isEqualTo(envelope);
    }

    @Test
    void aSealedRecordShowsItsRoutingButNeitherThePersonNorThePayload() {
        String sealed = new String(DrillSeal.seal(EventJson.write(envelope(UUID.randomUUID())), KEY),
                StandardCharsets.UTF_8);

        assertThat(sealed).contains("\"type\":\"LessonsRecorded\"", "\"aggregateId\":\"" + DRILL + "\"",
                        "\"hospitalId\":\"chu-liege\"", "\"drillId\":\"" + DRILL + "\"", "\"sealed\":")
                .doesNotContain("officer.anna", "SECURITY_OFFICER", "backup restore", "\"payload\"", "\"actor\"");
        assertThat(DrillSeal.drillOf(sealed.getBytes(StandardCharsets.UTF_8))).contains(DRILL);
    }

    @Test
    void aRecordInTheClearNamesNoDrillAndOpensAsItIs() {
        byte[] plain = EventJson.write(envelope(UUID.randomUUID()));

        assertThat(DrillSeal.drillOf(plain)).isEmpty();
        assertThat(DrillSeal.open(plain, KEY)).isSameAs(plain);
    }

    @Test
    void aRecordWhosePayloadMerelyMentionsSealingStaysInTheClear() {
        var mentioning = new EventEnvelope<DrillEvent>(UUID.randomUUID(), "LessonsRecorded", 1, DRILL.toString(), 3,
                HospitalId.of("chu-liege"), Instant.parse("2026-11-03T10:15:00Z"), OFFICER, new LessonsRecorded(DRILL,
                "The \"sealed\": envelope of the backup tapes", Instant.parse("2026-11-03T10:15:00Z")));
        byte[] plain = EventJson.write(mentioning);

        assertThat(DrillSeal.drillOf(plain)).isEmpty();
        assertThat(DrillSeal.open(plain, KEY)).isSameAs(plain);
    }

    @Test
    void anotherDrillsKeyDoesNotOpenIt() {
        byte[] sealed = DrillSeal.seal(EventJson.write(envelope(UUID.randomUUID())), KEY);
        var otherKeyUnderTheSameName = DrillKey.generate(DRILL);

        assertThatThrownBy(() -> DrillSeal.open(sealed, otherKeyUnderTheSameName))
                .isInstanceOf(DrillSeal.TamperedRecordException.class);
        assertThatThrownBy(() -> DrillSeal.open(sealed, DrillKey.generate(UUID.randomUUID())))
                .isInstanceOf(DrillSeal.TamperedRecordException.class);
    }

    @Test
    void aSealedPartMovedOntoAnotherEventDoesNotOpen() throws Exception {
        byte[] first = DrillSeal.seal(EventJson.write(envelope(UUID.randomUUID())), KEY);
        var second = (ObjectNode) EventJson.mapper().readTree(
                DrillSeal.seal(EventJson.write(envelope(UUID.randomUUID())), KEY));
        second.put("sealed", EventJson.mapper().readTree(first).get("sealed").asText());

        assertThatThrownBy(() -> DrillSeal.open(EventJson.mapper().writeValueAsBytes(second), KEY))
                .isInstanceOf(DrillSeal.TamperedRecordException.class);
    }

    @Test
    void theSameRecordSealsDifferentlyEachTime() {
        byte[] plain = EventJson.write(envelope(UUID.randomUUID()));

        assertThat(DrillSeal.seal(plain, KEY)).isNotEqualTo(DrillSeal.seal(plain, KEY));
    }

    @Test
    void aKeyRoundTripsThroughItsBytesAndNeverPrintsThem() {
        var read = DrillKey.of(DRILL, KEY.bytes());

        assertThat(read.bytes()).isEqualTo(KEY.bytes()).hasSize(32);
        assertThat(KEY.toString()).isEqualTo("DrillKey[" + DRILL + "]");
        assertThatThrownBy(() -> DrillKey.of(DRILL, new byte[16])).isInstanceOf(IllegalArgumentException.class);
    }

    private static EventEnvelope<DrillEvent> envelope(UUID eventId) {
        return new EventEnvelope<>(eventId, "LessonsRecorded", 1, DRILL.toString(), 3, HospitalId.of("chu-liege"),
                Instant.parse("2026-11-03T10:15:00Z"), OFFICER,
                new LessonsRecorded(DRILL, "Test the backup restore of the PACS first",
                        Instant.parse("2026-11-03T10:15:00Z")));
    }
}
