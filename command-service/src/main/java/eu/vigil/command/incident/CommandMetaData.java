package eu.vigil.command.incident;

import eu.vigil.contracts.Actor;
import eu.vigil.contracts.HospitalId;
import org.axonframework.messaging.MetaData;

/** Who sends a command and for which hospital: Axon metadata that every resulting event carries too. */
public final class CommandMetaData {

    public static final String ACTOR_ID = "actorId";
    public static final String ACTOR_ROLE = "actorRole";
    public static final String HOSPITAL_ID = "hospitalId";
    /** The client's key for one request (an API {@code Idempotency-Key}, a form's hidden token): a retry records once. */
    public static final String REQUEST_ID = "requestId";
    /** What the request with that id asked (a hash of its body), when the client gave a key. */
    public static final String REQUEST_FINGERPRINT = "requestFingerprint";

    /**
     * On every event of an incident reported within a drill: the drill's id. The fold says it too
     * ({@code IncidentState.exercise()}); this is for whoever has the event alone, such as the publisher.
     */
    public static final String EXERCISE = "exercise";

    private CommandMetaData() {
    }

    public static MetaData of(Actor actor, HospitalId hospital) {
        return MetaData.with(ACTOR_ID, actor.userId())
                .and(ACTOR_ROLE, actor.role())
                .and(HOSPITAL_ID, hospital.value());
    }

    /** As {@link #of(Actor, HospitalId)}, for a request the client may retry under the same id. */
    public static MetaData of(Actor actor, HospitalId hospital, String requestId) {
        return of(actor, hospital).and(REQUEST_ID, requestId);
    }

    /** As above, with the fingerprint of what the request asked; null when it is not known. */
    public static MetaData of(Actor actor, HospitalId hospital, String requestId, String fingerprint) {
        var metaData = of(actor, hospital, requestId);
        return fingerprint == null ? metaData : metaData.and(REQUEST_FINGERPRINT, fingerprint);
    }

    /** Whether the event is of an incident reported within a drill. */
    public static boolean ofADrill(MetaData metaData) {
        return metaData.get(EXERCISE) != null;
    }

    public static Actor actor(MetaData metaData) {
        return new Actor(required(metaData, ACTOR_ID), required(metaData, ACTOR_ROLE));
    }

    public static HospitalId hospital(MetaData metaData) {
        return HospitalId.of(required(metaData, HOSPITAL_ID));
    }

    private static String required(MetaData metaData, String key) {
        Object value = metaData.get(key);
        if (value == null) {
            throw new IllegalStateException("Event metadata lacks '" + key + "': it was recorded without an actor");
        }
        return value.toString();
    }
}
