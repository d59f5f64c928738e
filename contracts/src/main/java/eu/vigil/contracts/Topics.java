package eu.vigil.contracts;

import eu.vigil.contracts.incident.IncidentEvent;
import eu.vigil.contracts.incident.IncidentShareWithdrawn;
import eu.vigil.contracts.incident.IncidentShared;

/** Kafka topic names. Services read them from configuration so that tests can isolate their topics. */
public final class Topics {

    /** Events of the incident aggregate, keyed by incident id: in order per incident. */
    public static final String INCIDENT_EVENTS = "vigil.incident-events";

    /**
     * What a hospital chose to share with the CERT, and nothing else: its {@code IncidentShared} and
     * {@code IncidentShareWithdrawn} events, keyed by incident id, without the person who shared (ADR 0021). With
     * {@link #DRILL_SHARES}, the only topics that leave a hospital: MirrorMaker 2 carries both to the CERT's broker.
     */
    public static final String INCIDENT_SHARES = "vigil.incident-shares";

    /** Events of the drill aggregate, keyed by drill id: the hospital's own, never mirrored (ADR 0022). */
    public static final String DRILL_EVENTS = "vigil.drill-events";

    /**
     * A drill's shares: the share events of a drill's incidents, without the person who shared, keyed by incident id
     * (ADR 0022). Never read by the real feed; a CERT mirrors it for a sector-wide drill.
     */
    public static final String DRILL_SHARES = "vigil.drill-shares";

    /**
     * The keys that seal drills' records on the other topics, keyed by drill id (ADR 0023): compacted, a tombstone
     * deletes a drill's key. The hospital's own, never mirrored.
     */
    public static final String DRILL_KEYS = "vigil.drill-keys";

    /** Events of the obligation aggregate, keyed by obligation id. */
    public static final String NOTIFICATION_EVENTS = "vigil.notification-events";

    private Topics() {
    }

    /** Whether the event goes to {@link #INCIDENT_SHARES} as well as to {@link #INCIDENT_EVENTS}. */
    public static boolean isShare(IncidentEvent event) {
        return event instanceof IncidentShared || event instanceof IncidentShareWithdrawn;
    }
}
