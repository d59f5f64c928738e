package eu.vigil.consumer.incident;

import eu.vigil.consumer.fold.StreamFold;
import eu.vigil.contracts.EventEnvelope;
import eu.vigil.contracts.incident.IncidentEvent;
import eu.vigil.contracts.incident.IncidentState;

import java.util.Optional;

/** The incident's {@link StreamFold}: one step of {@link IncidentState} for a consumer that keeps it beside its rows. */
public final class IncidentFold {

    private static final StreamFold<IncidentEvent, IncidentState> FOLD =
            new StreamFold<>(IncidentState.class, IncidentState::lastSequence, IncidentState::apply);

    private IncidentFold() {
    }

    /** @see StreamFold#next */
    public static Optional<IncidentState> next(IncidentState stored, EventEnvelope<? extends IncidentEvent> delivery) {
        return FOLD.next(stored, delivery);
    }

    /** @see StreamFold#write */
    public static String write(IncidentState state) {
        return FOLD.write(state);
    }

    /** @see StreamFold#read */
    public static IncidentState read(String json) {
        return FOLD.read(json);
    }
}
