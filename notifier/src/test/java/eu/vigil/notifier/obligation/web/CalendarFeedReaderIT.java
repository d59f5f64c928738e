package eu.vigil.notifier.obligation.web;

import biweekly.Biweekly;
import biweekly.component.VEvent;
import biweekly.io.ParseWarning;
import eu.vigil.notifier.obligation.ObligationIds;
import eu.vigil.notifier.obligation.ObligationRow;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feed is written with ical4j; a calendar application is not. biweekly, an independent reader, must find the feed
 * clean and every deadline at the instant the board shows and the law sets.
 */
class CalendarFeedReaderIT extends BruggeObligationsFixture {

    @Test
    void givenTheHospitalsFeedWhenASecondLibraryReadsItThenItWarnsOfNothingAndEachDeadlineIsAtItsDueInstant() {
        String ics = http.exchange("/api/calendars/hospital.ics", HttpMethod.GET, as("DPO", "h-brugge", null),
                String.class).getBody();

        List<List<ParseWarning>> warnings = new ArrayList<>();
        var calendars = Biweekly.parse(ics).warnings(warnings).all();

        assertThat(calendars).hasSize(1);
        assertThat(warnings).allSatisfy(ofOneCalendar -> assertThat(ofOneCalendar).isEmpty());
        Map<String, Instant> eventStarts = calendars.get(0).getEvents().stream()
                .collect(Collectors.toMap(event -> event.getUid().getValue(), CalendarFeedReaderIT::start));
        Map<String, Instant> boardDues = view.ofIncident(incident).stream()
                .filter(obligation -> obligation.dueAt() != null && obligation.status().isRunning())
                .collect(Collectors.toMap(obligation -> obligation.obligationId() + "@vigil", ObligationRow::dueAt));
        assertThat(eventStarts).containsAllEntriesOf(boardDues);
        // NIS2 Art. 23(4)(a) and (b): 24 and 72 hours after awareness
        assertThat(eventStarts).containsEntry(uid("NIS2_EARLY_WARNING"), aware.plus(Duration.ofHours(24)))
                .containsEntry(uid("NIS2_INCIDENT_NOTIFICATION"), aware.plus(Duration.ofHours(72)));
    }

    private String uid(String rule) {
        return ObligationIds.of(incident, rule) + "@vigil";
    }

    private static Instant start(VEvent event) {
        return event.getDateStart().getValue().toInstant();
    }
}
