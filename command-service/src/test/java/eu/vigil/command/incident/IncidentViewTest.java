package eu.vigil.command.incident;

import eu.vigil.contracts.Tlp;
import eu.vigil.contracts.incident.IncidentEvent;
import eu.vigil.contracts.incident.IncidentState;
import eu.vigil.contracts.incident.TimelineEntryAppended;
import eu.vigil.testsupport.GeneratedIncidents;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

class IncidentViewTest {

    @Test
    void givenGeneratedHistoriesWhenViewedThenTheFormsSeeTheOneFoldAndEveryCurrentEntry() {
        var histories = LongStream.range(0, 200).mapToObj(seed -> GeneratedIncidents.history(seed, "h-brugge", 40))
                .toList();
        assertThat(GeneratedIncidents.typesIn(histories))
                .containsExactlyInAnyOrder(IncidentEvent.class.getPermittedSubclasses());
        for (int seed = 0; seed < histories.size(); seed++) {
            var events = GeneratedIncidents.payloads(histories.get(seed));
            var view = new IncidentView();

            events.forEach(view::apply);

            var state = IncidentState.of(events);
            assertThat(view.state()).as("seed %d", seed).isEqualTo(state);
            var superseded = new HashSet<UUID>();
            events.stream().filter(TimelineEntryAppended.class::isInstance).map(TimelineEntryAppended.class::cast)
                    .forEach(entry -> superseded.add(entry.supersedes()));
            assertThat(view.entries()).as("seed %d", seed).hasSize(state.timelineEntries())
                    .noneMatch(entry -> superseded.contains(entry.entryId()));
            assertThat(view.sharePreview(Tlp.GREEN, false, false, "BE", "Preview", List.of()).revision()).as("seed %d", seed)
                    .isEqualTo(state.shareRevision() + 1);
        }
    }
}
