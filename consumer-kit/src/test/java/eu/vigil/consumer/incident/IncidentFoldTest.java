package eu.vigil.consumer.incident;

import eu.vigil.consumer.PermanentFailure;
import eu.vigil.consumer.fold.EventOutOfOrderException;
import eu.vigil.consumer.fold.FoldMissingException;
import eu.vigil.contracts.EventEnvelope;
import eu.vigil.contracts.incident.IncidentEvent;
import eu.vigil.contracts.incident.IncidentState;
import eu.vigil.testsupport.GeneratedIncidents;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IncidentFoldTest {

    private final List<EventEnvelope<IncidentEvent>> history = GeneratedIncidents.history(42, "h-brugge", 3);

    @Test
    void givenTheNextEventWhenFoldedThenTheStateAdvancesByIt() {
        var afterReport = IncidentFold.next(IncidentState.NONE, history.get(0)).orElseThrow();

        assertThat(IncidentFold.next(afterReport, history.get(1)))
                .contains(afterReport.apply(history.get(1).payload()));
    }

    @Test
    void givenAnEventFoldedInAlreadyWhenDeliveredAgainThenNothingIsFolded() {
        var afterTwo = IncidentState.of(GeneratedIncidents.payloads(history.subList(0, 2)));

        assertThat(IncidentFold.next(afterTwo, history.get(0))).isEmpty();
        assertThat(IncidentFold.next(afterTwo, history.get(1))).isEmpty();
    }

    @Test
    void givenAMissingEarlierEventWhenALaterOneArrivesThenItIsRefusedAsAPermanentFailureThatParks() {
        var afterReport = IncidentState.of(GeneratedIncidents.payloads(history.subList(0, 1)));

        assertThatThrownBy(() -> IncidentFold.next(afterReport, history.get(2)))
                .isInstanceOf(EventOutOfOrderException.class).isInstanceOf(PermanentFailure.class)
                .hasMessageContaining("only its events up to 0");
        assertThatThrownBy(() -> IncidentFold.next(IncidentState.NONE, history.get(1)))
                .hasMessageContaining("none of its events");
    }

    @Test
    void givenARowWithoutAStateWhenReadThenItParksInsteadOfFoldingFromTheMiddle() {
        assertThatThrownBy(() -> IncidentFold.read(null)).isInstanceOf(FoldMissingException.class)
                .isInstanceOf(PermanentFailure.class);
    }

    @Test
    void givenAStateWhenWrittenThenItReadsBackEqual() {
        var state = IncidentState.of(GeneratedIncidents.payloads(history));

        assertThat(IncidentFold.read(IncidentFold.write(state))).isEqualTo(state);
    }
}
