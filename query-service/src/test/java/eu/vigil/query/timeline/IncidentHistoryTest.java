package eu.vigil.query.timeline;

import eu.vigil.contracts.EventEnvelope;
import eu.vigil.contracts.Tlp;
import eu.vigil.contracts.YesNoUnknown;
import eu.vigil.contracts.incident.IncidentEvent;
import eu.vigil.contracts.incident.IncidentReported;
import eu.vigil.contracts.incident.IncidentShareWithdrawn;
import eu.vigil.contracts.incident.IndicatorAdded;
import eu.vigil.contracts.incident.IndicatorWithdrawn;
import eu.vigil.contracts.incident.PatientCareImpact;
import eu.vigil.contracts.incident.Phase;
import eu.vigil.contracts.incident.Severity;
import eu.vigil.contracts.incident.Significance;
import eu.vigil.query.IncidentStory;
import eu.vigil.testsupport.IncidentEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static eu.vigil.query.IncidentStory.AWARE;
import static eu.vigil.testsupport.IncidentEvents.sampleOf;
import static org.assertj.core.api.Assertions.assertThat;

class IncidentHistoryTest {

    private final IncidentStory story = new IncidentStory("h-brugge");

    @Test
    void theStateHoldsTheLatestAssessmentOfEachKind() {
        var history = historyOf(
                story.next(story.reported()),
                story.next(story.classified(Severity.MEDIUM, null)),
                story.next(story.impactAssessed(PatientCareImpact.DIVERTED_PATIENTS)),
                story.next(story.personalDataAssessed(YesNoUnknown.YES)),
                story.next(story.classified(Severity.CRITICAL, "Backups are encrypted too")),
                story.next(story.significanceAssessed(Significance.YES, "Imaging down for hours")),
                story.next(story.phaseChanged(Phase.DETECTION, Phase.CONTAINMENT)),
                story.next(story.awarenessCorrected(AWARE.minus(Duration.ofHours(1)), "The night shift saw it")));

        var state = history.state();

        assertThat(state.report().summary()).isEqualTo("Ransom note on the PACS viewer");
        assertThat(state.classification().severity()).isEqualTo(Severity.CRITICAL);
        assertThat(state.classification().reason()).isEqualTo("Backups are encrypted too");
        assertThat(state.impact().patientCareImpact()).isEqualTo(PatientCareImpact.DIVERTED_PATIENTS);
        assertThat(state.personalDataInvolved()).isEqualTo(YesNoUnknown.YES);
        assertThat(state.personalData().approximateDataSubjects()).isEqualTo(1200);
        assertThat(state.significance().significance()).isEqualTo(Significance.YES);
        assertThat(state.phase()).isEqualTo(Phase.CONTAINMENT);
        assertThat(state.awareAt()).isEqualTo(AWARE.minus(Duration.ofHours(1)));
        assertThat(history.reportedAt()).isEqualTo(IncidentStory.REPORTED);
        assertThat(history.reportedBy()).isEqualTo("u-officer-7");
        assertThat(history.lastSequence()).isEqualTo(7);
    }

    @Test
    void aCorrectedTimelineEntryStaysInTheHistoryMarkedSuperseded() {
        UUID first = UUID.randomUUID();
        UUID corrected = UUID.randomUUID();
        var history = historyOf(
                story.next(story.reported()),
                story.next(story.entry(first, "PACS server isolated", AWARE)),
                story.next(story.correction(corrected, first, "PACS and RIS servers isolated", AWARE,
                        "The RIS server was isolated as well")));

        var entries = history.newestFirst(null);

        assertThat(entries).extracting(TimelineEntry::sequence).containsExactly(2L, 1L, 0L);
        assertThat(entries).extracting(TimelineEntry::superseded).containsExactly(false, true, false);
        assertThat(entries.get(0).correctionReason()).isEqualTo("The RIS server was isolated as well");
    }

    @Test
    void aCorrectedOrWithdrawnIndicatorIsMarkedAndNoLongerCurrent() {
        UUID typo = UUID.randomUUID();
        UUID fixed = UUID.randomUUID();
        UUID harmless = UUID.randomUUID();
        UUID kept = UUID.randomUUID();
        var history = historyOf(
                story.next(story.reported()),
                story.next(story.indicator(typo, "evil.exmaple", Tlp.AMBER)),
                story.next(story.indicator(harmless, "update.vendor.example", Tlp.GREEN)),
                story.next(story.indicator(kept, "c2.example", Tlp.RED)),
                story.next(story.indicatorCorrection(fixed, typo, "evil.example", "Typo in the domain")),
                story.next(new IndicatorWithdrawn(story.incident(), harmless, "The vendor's update server")));

        assertThat(history.state().indicators()).extracting(IndicatorAdded::indicatorId).containsExactly(kept, fixed);
        var entries = history.newestFirst(HistoryKind.INDICATOR);
        assertThat(entries).extracting(TimelineEntry::sequence).containsExactly(5L, 4L, 3L, 2L, 1L);
        assertThat(entries).extracting(TimelineEntry::superseded).containsExactly(false, false, false, false, true);
        assertThat(entries).extracting(TimelineEntry::withdrawn).containsExactly(false, false, false, true, false);
        assertThat(history.indicators().get(harmless).value()).isEqualTo("update.vendor.example");
    }

    @Test
    void aWithdrawnShareLeavesTheIncidentUnshared() {
        var reported = story.next(story.reported());
        var share = story.next(story.shared(Tlp.AMBER, Phase.DETECTION));
        var shared = historyOf(reported, share);
        var withdrawn = historyOf(reported, share,
                story.next(new IncidentShareWithdrawn(story.incident(), "Shared too early")));

        assertThat(shared.state().share().tlp()).isEqualTo(Tlp.AMBER);
        assertThat(withdrawn.state().share()).isNull();
    }

    @Test
    void theCorrectionFilterShowsEveryCorrectionWhateverItCorrects() {
        UUID entry = UUID.randomUUID();
        UUID indicator = UUID.randomUUID();
        var history = historyOf(
                story.next(story.reported()),
                story.next(story.entry(entry, "Ransom note seen", AWARE)),
                story.next(story.indicator(indicator, "evil.exmaple", Tlp.AMBER)),
                story.next(story.correction(UUID.randomUUID(), entry, "Ransom note seen on two viewers", AWARE,
                        "Two viewers")),
                story.next(story.indicatorCorrection(UUID.randomUUID(), indicator, "evil.example", "Typo")),
                story.next(story.awarenessCorrected(AWARE.minusSeconds(60), "Clock of the viewer was late")));

        assertThat(history.newestFirst(HistoryKind.CORRECTION)).extracting(TimelineEntry::sequence)
                .containsExactly(5L, 4L, 3L);
        assertThat(history.newestFirst(HistoryKind.TIMELINE)).extracting(TimelineEntry::sequence)
                .containsExactly(3L, 1L);
        assertThat(history.newestFirst(HistoryKind.REPORT)).extracting(TimelineEntry::sequence)
                .containsExactly(0L);
    }

    @ParameterizedTest
    @MethodSource("everyIncidentEventType")
    void everyIncidentEventTypeHasAKindAndFoldsIntoTheState(Class<?> type) {
        var event = sampleOf(type);
        var report = new IncidentStory("h-brugge").reported();

        var history = new IncidentHistory(event.incidentId().value(), "h-brugge", event instanceof IncidentReported
                ? List.of(entry(envelopeAt(0, event)))
                : List.of(entry(envelopeAt(0, report)), entry(envelopeAt(1, event))));

        assertThat(history.newestFirst(null).get(0).kind()).isEqualTo(HistoryKind.of(event));
        assertThat(history.state().report()).isNotNull();
    }

    static Stream<Class<?>> everyIncidentEventType() {
        return Arrays.stream(IncidentEvent.class.getPermittedSubclasses());
    }

    private IncidentHistory historyOf(EventEnvelope<?>... deliveries) {
        return new IncidentHistory(story.id(), "h-brugge", Arrays.stream(deliveries).map(IncidentHistoryTest::entry)
                .toList());
    }

    private static EventEnvelope<IncidentEvent> envelopeAt(long sequence, IncidentEvent event) {
        return IncidentEvents.envelope("h-brugge", sequence, IncidentStory.REPORTED, event);
    }

    static TimelineEntry entry(EventEnvelope<?> delivery) {
        var event = (IncidentEvent) delivery.payload();
        return new TimelineEntry(delivery.aggregateSequence(), delivery.eventId(), delivery.type(),
                HistoryKind.of(event), delivery.occurredAt(), delivery.actor().userId(), delivery.actor().role(),
                TimelineEntry.correctionReasonOf(event), false, false, event);
    }
}
