package eu.vigil.contracts.drill;

import eu.vigil.contracts.EventJson;
import eu.vigil.contracts.HospitalId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A drill's start names its scenario in the seven languages from then on, and a start recorded before still reads. */
class DrillStartedJsonTest {

    private static final UUID DRILL = UUID.fromString("5d0c0de0-0000-4000-8000-000000000070");
    private static final Instant START = Instant.parse("2026-12-07T08:00:00Z");
    private static final Map<String, String> TITLE = Map.of("en", "Ransomware on the imaging systems (PACS)",
            "fr", "Rançongiciel sur les systèmes d'imagerie (PACS)", "de", "Ransomware auf den Bildarchivsystemen (PACS)");

    @Test
    void givenAStartWithItsScenariosTitlesWhenWrittenThenTheyRoundTripByLanguage() {
        var started = new DrillStarted(DRILL, HospitalId.of("h-lyon"), "ransomware-pacs", "Tabletop", 60, START,
                List.of(), List.of(), TITLE);

        var json = EventJson.writePayload(started);

        assertThat(json).contains("\"scenarioTitle\":{", "\"fr\":\"Rançongiciel sur les systèmes d'imagerie (PACS)\"");
        var read = (DrillStarted) EventJson.readPayload("DrillStarted", json, DrillEvent.class);
        assertThat(read).isEqualTo(started);
        assertThat(read.scenarioTitleIn("de")).isEqualTo("Ransomware auf den Bildarchivsystemen (PACS)");
        assertThat(read.scenarioTitleIn("pt")).as("a language the start has no title in reads English")
                .isEqualTo("Ransomware on the imaging systems (PACS)");
    }

    @Test
    void givenAStartRecordedBeforeStartsCarriedTheTitleWhenReadThenItHasNoneAndKeepsItsScenariosId() {
        var json = EventJson.writePayload(new DrillStarted(DRILL, HospitalId.of("h-lyon"), "ransomware-pacs",
                "Tabletop", 60, START, List.of(), List.of()));
        assertThat(json).as("an empty title is not written, as before it existed").doesNotContain("scenarioTitle");

        var read = (DrillStarted) EventJson.readPayload("DrillStarted", json, DrillEvent.class);

        assertThat(read.scenarioId()).isEqualTo("ransomware-pacs");
        assertThat(read.scenarioTitle()).isEmpty();
        assertThat(read.scenarioTitleIn("fr")).isNull();
    }
}
