package eu.vigil.consumer.incident;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.vigil.contracts.EventEnvelope;
import eu.vigil.contracts.EventJson;
import eu.vigil.contracts.incident.IncidentEvent;
import eu.vigil.contracts.incident.IncidentState;

import java.util.Optional;

/**
 * One step of the incident fold for a consumer that keeps the folded {@link IncidentState} beside its own rows
 * and derives them from it: the next state, or nothing for a delivery folded in already. Events are folded in
 * their incident's order; one that arrives after a gap (an earlier event parked, say) is refused, so that it parks
 * too and nothing is folded out of order.
 */
public final class IncidentFold {

    private static final ObjectMapper JSON = EventJson.mapper();

    private IncidentFold() {
    }

    /**
     * @param stored the state the consumer holds for the delivery's incident; {@link IncidentState#NONE} when none
     * @return empty when the delivery is folded in already (at-least-once delivery)
     * @throws EventOutOfOrderException when an earlier event of the incident is missing
     */
    public static Optional<IncidentState> next(IncidentState stored, EventEnvelope<? extends IncidentEvent> delivery) {
        long sequence = delivery.aggregateSequence();
        if (sequence <= stored.lastSequence()) {
            return Optional.empty();
        }
        if (sequence != stored.lastSequence() + 1) {
            throw new EventOutOfOrderException(delivery, stored.lastSequence());
        }
        return Optional.of(stored.apply(delivery.payload()));
    }

    /** The state as JSON, for a {@code jsonb} column. */
    public static String write(IncidentState state) {
        try {
            return JSON.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write the state of incident " + state.incidentId(), e);
        }
    }

    /**
     * A state written by {@link #write}.
     *
     * @param json null for a row written before the consumer kept the state
     * @throws FoldMissingException for such a row: the consumer cannot fold from the middle of the stream
     */
    public static IncidentState read(String json) {
        if (json == null) {
            throw new FoldMissingException();
        }
        try {
            return JSON.readValue(json, IncidentState.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable incident state: " + e.getOriginalMessage(), e);
        }
    }
}
