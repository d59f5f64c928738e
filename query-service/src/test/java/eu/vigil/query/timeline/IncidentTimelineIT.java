package eu.vigil.query.timeline;

import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.RsitCategory;
import eu.vigil.contracts.Tlp;
import eu.vigil.contracts.YesNoUnknown;
import eu.vigil.contracts.incident.IncidentEvent;
import eu.vigil.contracts.incident.IncidentReported;
import eu.vigil.contracts.incident.IncidentState;
import eu.vigil.contracts.incident.Severity;
import eu.vigil.query.IncidentStory;
import eu.vigil.testsupport.GeneratedIncidents;
import eu.vigil.testsupport.IncidentEvents;
import eu.vigil.testsupport.RealInfrastructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static eu.vigil.query.IncidentStory.AWARE;
import static eu.vigil.testsupport.IncidentEvents.sampleOf;
import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@RealInfrastructure
class IncidentTimelineIT {

    @Autowired IncidentTimelineProjection projection;
    @Autowired IncidentTimeline timeline;
    @Autowired JdbcClient jdbc;

    @Test
    void applyingTheSameEventsTwiceAndOutOfOrderLeavesOneRowEach() {
        var story = new IncidentStory("h-koeln");
        var reported = story.next(story.reported());
        var classified = story.next(story.classified(Severity.HIGH, null));
        var entry = story.next(story.entry(UUID.randomUUID(), "Ransom note on three viewers", AWARE));

        projection.apply(entry);
        projection.apply(reported);
        projection.apply(entry);
        projection.apply(classified);
        projection.apply(reported);

        assertThat(jdbc.sql("select sequence from query.incident_timeline where incident_id = :id order by sequence")
                .param("id", story.id()).query(Long.class).list()).containsExactly(0L, 1L, 2L);
        assertThat(jdbc.sql("select event_id from query.incident_timeline where incident_id = :id order by sequence")
                .param("id", story.id()).query(UUID.class).list())
                .containsExactly(reported.eventId(), classified.eventId(), entry.eventId());
    }

    @Test
    void givenGeneratedHistoriesWhenProjectedThenTheIncidentPagesStateIsTheOneFoldOfTheirEvents() {
        for (long seed = 100; seed < 120; seed++) {
            var history = GeneratedIncidents.history(seed, "h-koeln", 30);
            history.forEach(projection::apply);

            var read = timeline.find(history.get(0).payload().incidentId().value()).orElseThrow();

            assertThat(read.state()).isEqualTo(IncidentState.of(GeneratedIncidents.payloads(history)));
            assertThat(read.lastSequence()).isEqualTo(history.size() - 1);
        }
    }

    @Test
    void theHistoryReadsBackEachEventAsItCameWithWhoAndWhen() {
        var story = new IncidentStory("h-koeln");
        var reported = story.next(story.reported());
        var indicator = story.next(story.indicator(UUID.randomUUID(), "evil.example", Tlp.AMBER_STRICT));
        projection.apply(reported);
        projection.apply(indicator);

        var history = timeline.find(story.id()).orElseThrow();

        assertThat(history.hospitalId()).isEqualTo("h-koeln");
        var newest = history.newestFirst(null).get(0);
        assertThat(newest.payload()).isEqualTo(indicator.payload());
        assertThat(newest.kind()).isEqualTo(HistoryKind.INDICATOR);
        assertThat(newest.type()).isEqualTo("IndicatorAdded");
        assertThat(newest.occurredAt()).isEqualTo(indicator.occurredAt());
        assertThat(newest.actorId()).isEqualTo("u-officer-7");
        assertThat(newest.actorRole()).isEqualTo("SECURITY_OFFICER");
        assertThat(timeline.holds(story.id(), "h-koeln", 1)).isTrue();
        assertThat(timeline.holds(story.id(), "h-koeln", 2)).isFalse();
        assertThat(timeline.holds(story.id(), "h-brugge", 1)).isFalse();
    }

    @Test
    void aCorrectionMarksTheEarlierEntrySupersededAndKeepsIt() {
        var story = new IncidentStory("h-koeln");
        UUID first = UUID.randomUUID();
        projection.apply(story.next(story.reported()));
        projection.apply(story.next(story.entry(first, "PACS server isolated", AWARE)));
        projection.apply(story.next(story.correction(UUID.randomUUID(), first, "PACS and RIS servers isolated",
                AWARE, "The RIS server was isolated as well")));

        var entries = timeline.find(story.id()).orElseThrow().newestFirst(HistoryKind.TIMELINE);

        assertThat(entries).extracting(TimelineEntry::superseded).containsExactly(false, true);
        assertThat(entries.get(0).correctionReason()).isEqualTo("The RIS server was isolated as well");
        assertThat(jdbc.sql("select correction_reason from query.incident_timeline where incident_id = :id"
                        + " and sequence = 2").param("id", story.id()).query(String.class).single())
                .isEqualTo("The RIS server was isolated as well");
    }

    @Test
    void anIncidentIsNotFoundUntilItsReportIsOnTheTimeline() {
        var story = new IncidentStory("h-koeln");
        var reported = story.next(story.reported());
        projection.apply(story.next(story.classified(Severity.LOW, null)));

        assertThat(timeline.find(story.id())).isEmpty();
        projection.apply(reported);
        assertThat(timeline.find(story.id())).isPresent();
    }

    @ParameterizedTest
    @MethodSource("everyIncidentEventType")
    void everyIncidentEventTypeIsAppendedToTheTimeline(Class<?> type) {
        var event = sampleOf(type);
        var report = event instanceof IncidentReported r ? r : new IncidentReported(event.incidentId(),
                HospitalId.of("h-brugge"), "Sample", null, AWARE, RsitCategory.TEST_TEST, YesNoUnknown.NO, null);
        projection.apply(IncidentEvents.envelope("h-brugge", 0, IncidentStory.REPORTED, report));
        if (event != report) {
            projection.apply(IncidentEvents.envelope("h-brugge", 1, IncidentStory.REPORTED, event));
        }

        var history = timeline.find(event.incidentId().value()).orElseThrow();

        assertThat(history.newestFirst(null)).extracting(TimelineEntry::payload).contains(event);
        assertThat(history.state().incidentId()).isEqualTo(event.incidentId());
    }

    static Stream<Class<?>> everyIncidentEventType() {
        return Arrays.stream(IncidentEvent.class.getPermittedSubclasses());
    }
}
