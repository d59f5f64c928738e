package eu.vigil.testsupport;

import eu.vigil.contracts.Actor;
import eu.vigil.contracts.EventEnvelope;
import eu.vigil.contracts.EventJson;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.RsitCategory;
import eu.vigil.contracts.YesNoUnknown;
import eu.vigil.contracts.drill.Exercise;
import eu.vigil.contracts.incident.IncidentEvent;
import eu.vigil.contracts.incident.IncidentReported;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Envelopes as the command service publishes them, with only what a test cares about as arguments. */
public final class IncidentEvents {

    public static final Actor OFFICER = new Actor("u-officer-7", "SECURITY_OFFICER");
    public static final Instant REPORTED = Instant.parse("2026-03-29T02:45:00Z");

    private IncidentEvents() {
    }

    public static EventEnvelope<IncidentEvent> reported(IncidentId incident, String hospital, Instant awareAt) {
        return envelope(hospital, 0, REPORTED, new IncidentReported(incident, HospitalId.of(hospital),
                "Ransom note on the PACS viewer", awareAt.minusSeconds(600), awareAt,
                RsitCategory.INFORMATION_CONTENT_SECURITY_UNAUTHORISED_INFORMATION_MODIFICATION, YesNoUnknown.UNKNOWN,
                "Ransom note on the PACS viewer, images do not open"));
    }

    public static EventEnvelope<IncidentEvent> envelope(IncidentEvent event) {
        return envelope("h-brugge", 0, REPORTED, event);
    }

    /** The event at this position of its incident, recorded by {@link #OFFICER} of the hospital at that instant. */
    public static EventEnvelope<IncidentEvent> envelope(String hospital, long sequence, Instant occurredAt,
                                                        IncidentEvent event) {
        return envelope(hospital, sequence, occurredAt, OFFICER, event);
    }

    public static EventEnvelope<IncidentEvent> envelope(String hospital, long sequence, Instant occurredAt,
                                                        Actor actor, IncidentEvent event) {
        return new EventEnvelope<>(UUID.randomUUID(), EventJson.typeOf(event), event.schemaVersion(),
                event.incidentId().toString(), sequence, HospitalId.of(hospital), occurredAt, actor, event);
    }

    /** Any permitted incident event type filled with plausible values, so a test can walk every type. */
    public static IncidentEvent sampleOf(Class<?> type) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type + " is not a record: teach sampleOf to build it");
        }
        RecordComponent[] components = type.getRecordComponents();
        try {
            return (IncidentEvent) type.getDeclaredConstructor(Arrays.stream(components)
                            .map(RecordComponent::getType).toArray(Class<?>[]::new))
                    .newInstance(Arrays.stream(components).map(c -> sampleValue(c.getType())).toArray());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot build a sample " + type.getSimpleName(), e);
        }
    }

    private static Object sampleValue(Class<?> type) {
        if (type == IncidentId.class) {
            return IncidentId.generate();
        } else if (type == HospitalId.class) {
            return HospitalId.of("h-brugge");
        } else if (type == String.class) {
            return "sample";
        } else if (type == Instant.class) {
            return REPORTED;
        } else if (type == boolean.class) {
            return false;
        } else if (type == int.class || type == Integer.class) {
            return 1;
        } else if (type == UUID.class) {
            return UUID.randomUUID();
        } else if (type == List.class) {
            return List.of();
        } else if (type.isEnum()) {
            return type.getEnumConstants()[0];
        } else if (type == Exercise.class) {
            return null; // a real incident, not a drill's
        }
        throw new IllegalArgumentException("No sample value for " + type + ": add one to sampleValue");
    }
}
