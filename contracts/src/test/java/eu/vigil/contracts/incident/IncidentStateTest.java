package eu.vigil.contracts.incident;

import eu.vigil.contracts.EventJson;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.RsitCategory;
import eu.vigil.contracts.Tlp;
import eu.vigil.contracts.YesNoUnknown;
import eu.vigil.contracts.drill.Exercise;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IncidentStateTest {

    private static final Instant AWARE = Instant.parse("2026-03-29T00:45:00Z");
    private static final IncidentId ID = IncidentId.generate();
    private static final IncidentReported REPORT = new IncidentReported(ID, HospitalId.of("h-brugge"),
            "Ransom note on the PACS viewer", AWARE.minusSeconds(600), AWARE,
            RsitCategory.MALICIOUS_CODE_INFECTED_SYSTEM, YesNoUnknown.UNKNOWN, null);

    @Test
    void aReportOpensTheIncidentInDetectionWithTheReportsAnswers() {
        var state = IncidentState.NONE.apply(REPORT);

        assertThat(state.phase()).isEqualTo(Phase.DETECTION);
        assertThat(state.awareAt()).isEqualTo(AWARE);
        assertThat(state.category()).isEqualTo(RsitCategory.MALICIOUS_CODE_INFECTED_SYSTEM);
        assertThat(state.personalDataInvolved()).isEqualTo(YesNoUnknown.UNKNOWN);
        assertThat(state.severity()).isNull();
        assertThat(state.lastSequence()).isZero();
    }

    @Test
    void givenAReportWithinADrillThenTheFoldSaysSoThroughLaterEventsAndARealReportSaysNot() {
        var exercise = new Exercise(UUID.randomUUID(), 60);
        var drillReport = new IncidentReported(ID, REPORT.hospitalId(), REPORT.summary(), REPORT.detectedAt(),
                AWARE, REPORT.category(), REPORT.personalDataInvolved(), null, exercise);

        var drill = IncidentState.of(List.of(drillReport, new PhaseChanged(ID, Phase.DETECTION, Phase.ANALYSIS, null)));

        assertThat(drill.exercise()).isEqualTo(exercise);
        assertThat(IncidentState.NONE.apply(REPORT).exercise()).isNull();
        assertThat(IncidentState.NONE.exercise()).isNull();
    }

    @Test
    void givenAScaleOutsideOneTo1440ThenNoDrillMarkIsMade() {
        assertThatThrownBy(() -> new Exercise(UUID.randomUUID(), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Exercise(UUID.randomUUID(), 1441)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Exercise(UUID.randomUUID(), 1440).scale()).isEqualTo(1440);
    }

    @Test
    void anEventBeforeTheReportOrASecondReportIsRefused() {
        var phase = new PhaseChanged(ID, Phase.DETECTION, Phase.ANALYSIS, null);

        assertThatThrownBy(() -> IncidentState.NONE.apply(phase)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> IncidentState.of(List.of(REPORT, REPORT))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aCorrectedIndicatorTakesThePlaceOfTheOneItCorrectsAndAWithdrawnOneIsGone() {
        var first = indicator(null);
        var second = indicator(null);
        var correction = indicator(first.indicatorId());

        var state = IncidentState.of(List.of(REPORT, first, second, correction,
                new IndicatorWithdrawn(ID, second.indicatorId(), "False positive")));

        assertThat(state.indicators()).containsExactly(correction);
        assertThat(state.indicator(first.indicatorId())).isEmpty();
    }

    @Test
    void aWithdrawnShareLeavesNoShareButKeepsItsRevisionSoTheNextShareCountsOn() {
        var share = new IncidentShared(ID, 2, Tlp.GREEN, false, RsitCategory.MALICIOUS_CODE_INFECTED_SYSTEM, null,
                "Shared", Phase.DETECTION, null, List.of(), List.of(), YesNoUnknown.UNKNOWN);

        var state = IncidentState.of(List.of(REPORT, share, new IncidentShareWithdrawn(ID, "Too early")));

        assertThat(state.share()).isNull();
        assertThat(state.shareRevision()).isEqualTo(2);
    }

    @Test
    void anAwarenessCorrectionMovesBothTimesAndAReopeningMovesThePhaseBack() {
        var state = IncidentState.of(List.of(REPORT,
                new AwarenessCorrected(ID, null, AWARE.minusSeconds(3600), "The night shift saw it"),
                new PhaseChanged(ID, Phase.DETECTION, Phase.CLOSED, "Lessons learned"),
                new IncidentReopened(ID, Phase.CLOSED, Phase.ANALYSIS, "The attacker came back")));

        assertThat(state.awareAt()).isEqualTo(AWARE.minusSeconds(3600));
        assertThat(state.detectedAt()).isNull();
        assertThat(state.phase()).isEqualTo(Phase.ANALYSIS);
    }

    @Test
    void aCorrectedTimelineEntryIsNoNewEntry() {
        var entry = UUID.randomUUID();

        var state = IncidentState.of(List.of(REPORT,
                new TimelineEntryAppended(ID, entry, TimelineEntryKind.ACTION, "Isolated", AWARE, AWARE, null, null),
                new TimelineEntryAppended(ID, UUID.randomUUID(), TimelineEntryKind.ACTION, "Isolated both", AWARE,
                        AWARE, entry, "Both servers")));

        assertThat(state.timelineEntries()).isEqualTo(1);
    }

    @Test
    void givenPersonalDataFromTheReportOnWhenTheAwarenessIsCorrectedThenTheBreachsAwarenessMovesWithIt() {
        var state = IncidentState.of(List.of(REPORT,
                new AwarenessCorrected(ID, null, AWARE.minusSeconds(3600), "The night shift saw it")));

        assertThat(state.personalDataAwareAt()).isEqualTo(AWARE.minusSeconds(3600));
    }

    @Test
    void givenABreachFoundLaterWhenAssessedThenItsOwnAwarenessStaysThroughAnAwarenessCorrection() {
        var breachFound = AWARE.plusSeconds(2 * 86_400);

        var state = IncidentState.of(List.of(REPORT,
                new PersonalDataAssessed(ID, YesNoUnknown.YES, List.of(), null, null, breachFound),
                new AwarenessCorrected(ID, null, AWARE.minusSeconds(3600), "The night shift saw it")));

        assertThat(state.personalDataAwareAt()).isEqualTo(breachFound);
    }

    @Test
    void givenAnAssessmentRecordedBeforeTheBreachsAwarenessWasAskedThenTheIncidentsAwarenessIsTheSafeReading() {
        var withoutPersonalData = new IncidentReported(ID, HospitalId.of("h-brugge"), "Phishing", null, AWARE,
                RsitCategory.FRAUD_PHISHING, YesNoUnknown.NO, null);

        var state = IncidentState.of(List.of(withoutPersonalData,
                new PersonalDataAssessed(ID, YesNoUnknown.YES, List.of(), null, null, null)));
        var none = state.apply(new PersonalDataAssessed(ID, YesNoUnknown.NO, List.of(), null, "Wrong", null));

        assertThat(state.personalDataAwareAt()).isEqualTo(AWARE);
        assertThat(none.personalDataAwareAt()).isNull();
    }

    @Test
    void theEndOfHandlingAndOfTheImpactAreTheLatestRecorded() {
        var state = IncidentState.of(List.of(REPORT,
                new HandlingConcluded(ID, AWARE.plusSeconds(7200), null),
                new HandlingConcluded(ID, AWARE.plusSeconds(3600), "Corrected"),
                new ImpactEnded(ID, AWARE.plusSeconds(1800), null)));

        assertThat(state.handlingConcluded().concludedAt()).isEqualTo(AWARE.plusSeconds(3600));
        assertThat(state.impactEnded().endedAt()).isEqualTo(AWARE.plusSeconds(1800));
    }

    @Test
    void theStateWrittenAsJsonReadsBackEqual() throws Exception {
        var state = IncidentState.of(List.of(REPORT, indicator(null),
                new SignificanceAssessed(ID, Significance.YES, "Imaging down for hours"),
                new AwarenessCorrected(ID, AWARE.minusSeconds(900), AWARE.minusSeconds(60), "Earlier")));
        var json = EventJson.mapper();

        var read = json.readValue(json.writeValueAsString(state), IncidentState.class);

        assertThat(read).isEqualTo(state);
    }

    private static IndicatorAdded indicator(UUID supersedes) {
        return new IndicatorAdded(ID, UUID.randomUUID(), IndicatorType.DOMAIN, UUID.randomUUID() + ".example",
                Tlp.GREEN, null, supersedes, supersedes == null ? null : "Typo");
    }
}
