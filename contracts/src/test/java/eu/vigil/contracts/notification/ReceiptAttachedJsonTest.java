package eu.vigil.contracts.notification;

import eu.vigil.contracts.Actor;
import eu.vigil.contracts.EventEnvelope;
import eu.vigil.contracts.EventJson;
import eu.vigil.contracts.HospitalId;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ReceiptAttachedJsonTest {

    private static final UUID OBLIGATION = UUID.fromString("7c1e2f3a-0000-4000-8000-00000000000a");
    private static final Instant ATTACHED = Instant.parse("2026-03-29T01:15:00Z");
    private static final String DIGEST = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    @Test
    void aReceiptAttachedEnvelopeRoundTripsThroughJson() {
        var envelope = envelope(new ReceiptAttached(OBLIGATION, "ccb-ack.pdf", "application/pdf", 48_213, DIGEST,
                ATTACHED, "u-dpo-1"));

        var read = EventJson.read(EventJson.write(envelope), NotificationEvent.class);

        assertThat(read).isEqualTo(envelope);
    }

    @Test
    void theReceiptTravelsByItsDigestAndNeverByItsBytes() {
        var json = new String(EventJson.write(envelope(new ReceiptAttached(OBLIGATION, "ack.eml", "message/rfc822",
                1_024, DIGEST, ATTACHED, null))), StandardCharsets.UTF_8);

        assertThat(json)
                .contains("\"type\":\"ReceiptAttached\"")
                .contains("\"sha256\":\"" + DIGEST + "\"")
                .contains("\"sizeBytes\":1024")
                .contains("\"attachedAt\":\"2026-03-29T01:15:00Z\"")
                .doesNotContain("\"bytes\"")
                .doesNotContain("\"content\"");
    }

    private static EventEnvelope<NotificationEvent> envelope(NotificationEvent payload) {
        return new EventEnvelope<>(UUID.fromString("6a1f7c1e-0000-4000-8000-000000000002"),
                EventJson.typeOf(payload), payload.schemaVersion(), payload.obligationId().toString(), 7,
                HospitalId.of("h-brugge"), ATTACHED, new Actor("u-dpo-1", "DPO"), payload);
    }
}
