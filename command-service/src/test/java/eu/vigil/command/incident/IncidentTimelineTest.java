package eu.vigil.command.incident;

import eu.vigil.contracts.incident.IncidentReopened;
import eu.vigil.contracts.incident.Phase;
import eu.vigil.contracts.incident.PhaseChanged;
import eu.vigil.contracts.incident.TimelineEntryAppended;
import eu.vigil.contracts.incident.TimelineEntryKind;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static eu.vigil.command.incident.IncidentChanges.AWARE;
import static eu.vigil.command.incident.IncidentChanges.BRUGGE;
import static eu.vigil.command.incident.IncidentChanges.CORRECTION;
import static eu.vigil.command.incident.IncidentChanges.DETECTED;
import static eu.vigil.command.incident.IncidentChanges.ENTRY;
import static eu.vigil.command.incident.IncidentChanges.INCIDENT;
import static eu.vigil.command.incident.IncidentChanges.NOW;
import static eu.vigil.command.incident.IncidentChanges.appended;
import static eu.vigil.command.incident.IncidentChanges.closed;
import static eu.vigil.command.incident.IncidentChanges.entry;
import static eu.vigil.command.incident.IncidentChanges.fixtureServingBrugge;
import static eu.vigil.command.incident.IncidentChanges.reported;
import static eu.vigil.command.incident.IncidentChanges.reportedWithoutDetection;

/**
 * The timeline and the phases of an incident: entries, corrections, moves forward, reopening, closing. A retried
 * request is answered before the incident decides: RequestKeysIT.
 */
class IncidentTimelineTest {

    private final AggregateTestFixture<Incident> fixture = fixtureServingBrugge();

    @Test
    void aTimelineEntryRecordsWhenItHappenedAndWhenItWasRecorded() {
        fixture.given(reported())
               .when(entry(ENTRY, DETECTED.plusSeconds(60), null, null))
               .expectEvents(new TimelineEntryAppended(INCIDENT, ENTRY, TimelineEntryKind.ACTION, "Isolated PACS",
                       DETECTED.plusSeconds(60), NOW, null, null));
    }

    @Test
    void aTimelineEntryDatedBeforeDetectionIsRejected() {
        fixture.given(reported())
               .when(entry(ENTRY, DETECTED.minusSeconds(1), null, null))
               .expectNoEvents()
               .expectException(EntryBeforeDetectionException.class);
    }

    @Test
    void aTimelineEntryDatedAfterItsRecordingIsRejected() {
        fixture.given(reported())
               .when(entry(ENTRY, NOW.plusSeconds(1), null, null))
               .expectNoEvents()
               .expectException(EntryInFutureException.class);
    }

    @Test
    void withoutADetectionTimeEntriesCannotPrecedeAwareness() {
        fixture.given(reportedWithoutDetection())
               .when(entry(ENTRY, AWARE.minusSeconds(1), null, null))
               .expectNoEvents()
               .expectException(EntryBeforeDetectionException.class);
    }

    @Test
    void aCorrectionSupersedesAnEarlierEntryWithItsReason() {
        fixture.given(reported(), appended(ENTRY, null))
               .when(entry(CORRECTION, DETECTED.plusSeconds(120), ENTRY, "Wrong time"))
               .expectEvents(new TimelineEntryAppended(INCIDENT, CORRECTION, TimelineEntryKind.ACTION,
                       "Isolated PACS", DETECTED.plusSeconds(120), NOW, ENTRY, "Wrong time"));
    }

    @Test
    void aCorrectionWithoutAReasonIsRejected() {
        fixture.given(reported(), appended(ENTRY, null))
               .when(entry(CORRECTION, DETECTED.plusSeconds(120), ENTRY, null))
               .expectNoEvents()
               .expectException(ReasonMissingException.class);
    }

    @Test
    void anEntryAlreadySupersededCannotBeCorrectedAgain() {
        fixture.given(reported(), appended(ENTRY, null), appended(CORRECTION, ENTRY))
               .when(entry(UUID.randomUUID(), DETECTED.plusSeconds(180), ENTRY, "Again"))
               .expectNoEvents()
               .expectException(UnknownEntryException.class);
    }

    @Test
    void phasesMoveForwardAndMaySkip() {
        fixture.given(reported())
               .when(new ChangePhase(INCIDENT, BRUGGE, Phase.CONTAINMENT, "PACS isolated"))
               .expectEvents(new PhaseChanged(INCIDENT, Phase.DETECTION, Phase.CONTAINMENT, "PACS isolated"));
    }

    @Test
    void aPhaseChangeThatGoesBackWithoutReopeningIsRejected() {
        fixture.given(reported(), new PhaseChanged(INCIDENT, Phase.DETECTION, Phase.RECOVERY, null))
               .when(new ChangePhase(INCIDENT, BRUGGE, Phase.ANALYSIS, null))
               .expectNoEvents()
               .expectException(PhaseGoesBackException.class);
    }

    @Test
    void aClosedIncidentReopensToAnEarlierPhaseWithAReason() {
        fixture.given(reported(), closed())
               .when(new ReopenIncident(INCIDENT, BRUGGE, Phase.ANALYSIS, "Attacker returned"))
               .expectEvents(new IncidentReopened(INCIDENT, Phase.CLOSED, Phase.ANALYSIS, "Attacker returned"));
    }

    @Test
    void aReopeningWithoutAReasonIsRejected() {
        fixture.given(reported(), closed())
               .when(new ReopenIncident(INCIDENT, BRUGGE, Phase.ANALYSIS, ""))
               .expectNoEvents()
               .expectException(ReasonMissingException.class);
    }

    @Test
    void aReopeningThatGoesForwardIsRejected() {
        fixture.given(reported())
               .when(new ReopenIncident(INCIDENT, BRUGGE, Phase.RECOVERY, "Confused"))
               .expectNoEvents()
               .expectException(ReopenGoesForwardException.class);
    }

    @Test
    void aClosedIncidentTakesNoNewEntries() {
        fixture.given(reported(), closed())
               .when(entry(ENTRY, DETECTED.plusSeconds(60), null, null))
               .expectNoEvents()
               .expectException(IncidentClosedException.class);
    }
}
