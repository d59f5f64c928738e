package eu.vigil.notifier.obligation;

import eu.vigil.contracts.Actor;
import eu.vigil.contracts.HospitalId;
import org.axonframework.messaging.MetaData;

/** Who sends a command to an obligation and for which hospital: metadata every resulting event carries. */
public final class ObligationMetaData {

    public static final String ACTOR_ID = "actorId";
    public static final String ACTOR_ROLE = "actorRole";
    public static final String HOSPITAL_ID = "hospitalId";
    /** On what a person records for a drill's obligation (ADR 0022): the drill, so the record says it rehearsed. */
    public static final String DRILL_ID = "drillId";

    /** The notifier itself, acting on an incident event or a deadline. */
    public static final Actor NOTIFIER = Actor.system("notifier");

    private ObligationMetaData() {
    }

    public static MetaData of(Actor actor, HospitalId hospital) {
        return MetaData.with(ACTOR_ID, actor.userId()).and(ACTOR_ROLE, actor.role()).and(HOSPITAL_ID, hospital.value());
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
            throw new IllegalStateException("Event metadata lacks '" + key + "'");
        }
        return value.toString();
    }
}
