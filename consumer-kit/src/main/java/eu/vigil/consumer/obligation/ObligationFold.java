package eu.vigil.consumer.obligation;

import eu.vigil.consumer.fold.StreamFold;
import eu.vigil.contracts.EventEnvelope;
import eu.vigil.contracts.notification.NotificationEvent;
import eu.vigil.contracts.notification.ObligationState;

import java.util.Optional;

/** The obligation's {@link StreamFold}: one step of {@link ObligationState} for a consumer that keeps it beside its rows. */
public final class ObligationFold {

    private static final StreamFold<NotificationEvent, ObligationState> FOLD =
            new StreamFold<>(ObligationState.class, ObligationState::lastSequence, ObligationState::apply);

    private ObligationFold() {
    }

    /** @see StreamFold#next */
    public static Optional<ObligationState> next(ObligationState stored,
                                                 EventEnvelope<? extends NotificationEvent> delivery) {
        return FOLD.next(stored, delivery);
    }

    /** @see StreamFold#write */
    public static String write(ObligationState state) {
        return FOLD.write(state);
    }

    /** @see StreamFold#read */
    public static ObligationState read(String json) {
        return FOLD.read(json);
    }
}
