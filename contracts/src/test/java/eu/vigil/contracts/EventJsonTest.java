package eu.vigil.contracts;

import eu.vigil.contracts.drill.DrillEvent;
import eu.vigil.contracts.drill.Exercise;
import eu.vigil.contracts.drill.LessonsRecorded;
import eu.vigil.contracts.incident.IncidentEvent;
import eu.vigil.contracts.incident.IncidentReported;
import eu.vigil.contracts.incident.IncidentShared;
import eu.vigil.contracts.incident.Phase;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventJsonTest {

    private static final IncidentId INCIDENT = IncidentId.of("0b6f0d5e-3c1a-4d55-9a4e-5f1b2c3d4e5f");
    private static final Instant AWARE = Instant.parse("2026-03-29T00:45:00Z");

    @Test
    void anEnvelopeRoundTripsThroughJson() {
        var envelope = envelope(reported());

        var read = EventJson.read(EventJson.write(envelope), IncidentEvent.class);

        assertThat(read).isEqualTo(envelope);
    }

    @Test
    void theJsonUsesStableCodesAndIsoInstants() {
        var json = new String(EventJson.write(envelope(reported())), StandardCharsets.UTF_8);

        assertThat(json)
                .contains("\"type\":\"IncidentReported\"")
                .contains("\"incidentId\":\"0b6f0d5e-3c1a-4d55-9a4e-5f1b2c3d4e5f\"")
                .contains("\"hospitalId\":\"h-brugge\"")
                .contains("\"category\":\"malicious-code/infected-system\"")
                .contains("\"personalDataInvolved\":\"unknown\"")
                .contains("\"awareAt\":\"2026-03-29T00:45:00Z\"")
                .doesNotContain("schemaVersion\":1,\"payload\":{\"schemaVersion");
    }

    @Test
    void fieldsAddedByANewerProducerAreIgnored() {
        var json = new String(EventJson.write(envelope(reported())), StandardCharsets.UTF_8)
                .replace("\"summary\":", "\"addedLater\":{\"x\":[1,2]},\"summary\":")
                .replace("\"eventId\":", "\"traceId\":\"abc\",\"eventId\":");

        var read = EventJson.read(json.getBytes(StandardCharsets.UTF_8), IncidentEvent.class);

        assertThat(read.payload()).isEqualTo(reported());
    }

    @Test
    void anUnknownTypeIsRefusedByName() {
        var json = new String(EventJson.write(envelope(reported())), StandardCharsets.UTF_8)
                .replace("\"type\":\"IncidentReported\"", "\"type\":\"IncidentTeleported\"");

        assertThatThrownBy(() -> EventJson.read(json.getBytes(StandardCharsets.UTF_8), IncidentEvent.class))
                .isInstanceOf(EventJson.UnreadableEventException.class)
                .hasMessageContaining("IncidentTeleported");
    }

    @Test
    void bytesThatAreNotJsonAreRefused() {
        assertThatThrownBy(() -> EventJson.read("{not json".getBytes(StandardCharsets.UTF_8), IncidentEvent.class))
                .isInstanceOf(EventJson.UnreadableEventException.class);
    }

    @Test
    void givenAShareStoredBeforeCountryAndSectorViewWhenReadThenTheCountryIsUnknownAndItStaysOutOfTheSectorView() {
        var json = """
                {"eventId":"6a1f7c1e-0000-4000-8000-000000000002","type":"IncidentShared","schemaVersion":1,
                 "aggregateId":"0b6f0d5e-3c1a-4d55-9a4e-5f1b2c3d4e5f","aggregateSequence":4,"hospitalId":"h-brugge",
                 "occurredAt":"2026-03-29T01:45:00Z","actor":{"userId":"u-officer-1","role":"SECURITY_OFFICER"},
                 "payload":{"incidentId":"0b6f0d5e-3c1a-4d55-9a4e-5f1b2c3d4e5f","revision":1,"tlp":"amber",
                  "pseudonymised":true,"category":"malicious-code/infected-system","severity":null,
                  "summary":"Ransomware on imaging","phase":"detection","patientCareImpact":null,"deviceTypes":[],
                  "indicators":[],"crossBorder":"unknown"}}""";

        var read = EventJson.read(json.getBytes(StandardCharsets.UTF_8), IncidentEvent.class);

        assertThat(read.payload()).isEqualTo(oldShare());
        var share = (IncidentShared) read.payload();
        assertThat(share.country()).isNull();
        assertThat(share.sectorView()).isFalse();
    }

    @Test
    void givenAShareWithCountryAndSectorViewWhenWrittenThenBothRoundTripAndAShareOutOfTheSectorViewOmitsIt() {
        var optedIn = new IncidentShared(INCIDENT, 2, Tlp.GREEN, false, RsitCategory.MALICIOUS_CODE_INFECTED_SYSTEM,
                null, "Phishing", Phase.DETECTION, null, List.of(), List.of(), YesNoUnknown.NO, "BE", true);

        var json = new String(EventJson.write(envelope(optedIn)), StandardCharsets.UTF_8);

        assertThat(json).contains("\"country\":\"BE\"").contains("\"sectorView\":true");
        assertThat(EventJson.read(json.getBytes(StandardCharsets.UTF_8), IncidentEvent.class).payload())
                .isEqualTo(optedIn);
        assertThat(new String(EventJson.write(envelope(oldShare())), StandardCharsets.UTF_8))
                .doesNotContain("sectorView");
    }

    @Test
    void givenAShareOfADrillsIncidentWhenWrittenThenItNamesItsDrillAndARealShareWritesNoExercise() {
        var drill = new Exercise(UUID.fromString("5d0c0de0-0000-4000-8000-000000000062"), 60);
        var real = oldShare();
        var ofADrill = new IncidentShared(INCIDENT, 1, Tlp.AMBER, true, RsitCategory.MALICIOUS_CODE_INFECTED_SYSTEM,
                null, "Ransomware on imaging", Phase.DETECTION, null, List.of(), List.of(), YesNoUnknown.UNKNOWN, null,
                false, drill);

        var json = new String(EventJson.write(envelope(ofADrill)), StandardCharsets.UTF_8);

        assertThat(json).contains("\"exercise\":{\"drillId\":\"" + drill.drillId() + "\",\"scale\":60}");
        assertThat(EventJson.read(json.getBytes(StandardCharsets.UTF_8), IncidentEvent.class).payload())
                .isEqualTo(ofADrill);
        assertThat(new String(EventJson.write(envelope(real)), StandardCharsets.UTF_8)).doesNotContain("exercise");
    }

    @Test
    void givenASectorViewThatIsNotABooleanWhenReadThenTheEnvelopeIsRefused() {
        var json = new String(EventJson.write(envelope(oldShare())), StandardCharsets.UTF_8)
                .replace("\"crossBorder\":", "\"sectorView\":[1],\"crossBorder\":");

        assertThatThrownBy(() -> EventJson.read(json.getBytes(StandardCharsets.UTF_8), IncidentEvent.class))
                .isInstanceOf(EventJson.UnreadableEventException.class);
    }

    @Test
    void givenAReportStoredBeforeDrillsWhenReadThenItIsARealIncident() {
        var json = new String(EventJson.write(envelope(reported())), StandardCharsets.UTF_8)
                .replace(",\"exercise\":null", "");
        assertThat(json).doesNotContain("exercise");

        var read = EventJson.read(json.getBytes(StandardCharsets.UTF_8), IncidentEvent.class);

        assertThat(read.payload()).isEqualTo(reported());
        assertThat(((IncidentReported) read.payload()).exercise()).isNull();
    }

    @Test
    void givenAReportWithinADrillWhenWrittenThenTheDrillAndItsScaleRoundTrip() {
        var drill = UUID.fromString("5d0c0de0-0000-4000-8000-000000000060");
        var old = reported();
        var withinADrill = new IncidentReported(old.incidentId(), old.hospitalId(), old.summary(), old.detectedAt(),
                old.awareAt(), old.category(), old.personalDataInvolved(), old.description(), new Exercise(drill, 60));

        var json = new String(EventJson.write(envelope(withinADrill)), StandardCharsets.UTF_8);

        assertThat(json).contains("\"exercise\":{\"drillId\":\"" + drill + "\",\"scale\":60}");
        assertThat(EventJson.read(json.getBytes(StandardCharsets.UTF_8), IncidentEvent.class).payload())
                .isEqualTo(withinADrill);
    }

    @Test
    void givenLessonsRecordedInADrillWhenWrittenThenTheyReadBackAsADrillEventWithTheirTextAndTime() {
        var drill = UUID.fromString("5d0c0de0-0000-4000-8000-000000000061");
        var lessons = new LessonsRecorded(drill, "Call the PACS vendor earlier.\nKeep the paper forms ready.",
                AWARE.plusSeconds(7200));

        var json = EventJson.writePayload(lessons);

        assertThat(json).contains("\"recordedAt\":\"2026-03-29T02:45:00Z\"");
        assertThat(EventJson.readPayload(EventJson.typeOf(lessons), json, DrillEvent.class)).isEqualTo(lessons);
    }

    private static IncidentShared oldShare() {
        return new IncidentShared(INCIDENT, 1, Tlp.AMBER, true, RsitCategory.MALICIOUS_CODE_INFECTED_SYSTEM, null,
                "Ransomware on imaging", Phase.DETECTION, null, List.of(), List.of(), YesNoUnknown.UNKNOWN);
    }

    private static IncidentReported reported() {
        return new IncidentReported(INCIDENT, HospitalId.of("h-brugge"), "PACS encrypted",
                AWARE.minusSeconds(600), AWARE, RsitCategory.MALICIOUS_CODE_INFECTED_SYSTEM, YesNoUnknown.UNKNOWN, null);
    }

    private static EventEnvelope<IncidentEvent> envelope(IncidentEvent payload) {
        return new EventEnvelope<>(UUID.fromString("6a1f7c1e-0000-4000-8000-000000000001"),
                EventJson.typeOf(payload), payload.schemaVersion(), payload.incidentId().toString(), 0,
                HospitalId.of("h-brugge"), AWARE.plusSeconds(3600), new Actor("u-officer-1", "SECURITY_OFFICER"),
                payload);
    }
}
