package eu.vigil.consumer.fold;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.vigil.contracts.EventEnvelope;
import eu.vigil.contracts.EventJson;

import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.ToLongFunction;

/**
 * One step of an aggregate's fold for a consumer that keeps the folded state beside its own rows and derives them
 * from it: the next state, or nothing for a delivery folded in already. Events are folded in their aggregate's
 * order; one that arrives after a gap (an earlier event parked, say) is refused, so that it parks too and nothing
 * is folded out of order.
 *
 * @param <E> the aggregate's event type
 * @param <S> its folded state
 */
public final class StreamFold<E, S> {

    private static final ObjectMapper JSON = EventJson.mapper();

    private final Class<S> type;
    private final ToLongFunction<S> lastSequence;
    private final BiFunction<S, E, S> apply;

    /**
     * @param lastSequence the sequence of the last event a state holds, -1 before any
     * @param apply        the state after one more event
     */
    public StreamFold(Class<S> type, ToLongFunction<S> lastSequence, BiFunction<S, E, S> apply) {
        this.type = type;
        this.lastSequence = lastSequence;
        this.apply = apply;
    }

    /**
     * @param stored the state the consumer holds for the delivery's aggregate, the empty state when none
     * @return empty when the delivery is folded in already (at-least-once delivery)
     * @throws EventOutOfOrderException when an earlier event of the aggregate is missing
     */
    public Optional<S> next(S stored, EventEnvelope<? extends E> delivery) {
        long sequence = delivery.aggregateSequence();
        long last = lastSequence.applyAsLong(stored);
        if (sequence <= last) {
            return Optional.empty();
        }
        if (sequence != last + 1) {
            throw new EventOutOfOrderException(delivery, last);
        }
        return Optional.of(apply.apply(stored, delivery.payload()));
    }

    /** The state as JSON, for a {@code jsonb} column. */
    public String write(S state) {
        try {
            return JSON.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write a " + type.getSimpleName(), e);
        }
    }

    /**
     * A state written by {@link #write}.
     *
     * @param json null for a row written before the consumer kept the state
     * @throws FoldMissingException for such a row: the consumer cannot fold from the middle of the stream
     */
    public S read(String json) {
        if (json == null) {
            throw new FoldMissingException();
        }
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }
}
