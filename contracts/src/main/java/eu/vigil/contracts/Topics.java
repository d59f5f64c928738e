package eu.vigil.contracts;

/** Kafka topic names. Services read them from configuration so that tests can isolate their topics. */
public final class Topics {

    /** Events of the incident aggregate, keyed by incident id: in order per incident. */
    public static final String INCIDENT_EVENTS = "vigil.incident-events";

    /** Events of the obligation aggregate, keyed by obligation id. */
    public static final String NOTIFICATION_EVENTS = "vigil.notification-events";

    private Topics() {
    }
}
