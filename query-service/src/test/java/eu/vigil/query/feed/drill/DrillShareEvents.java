package eu.vigil.query.feed.drill;

import eu.vigil.contracts.Actor;
import eu.vigil.contracts.EventEnvelope;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.RsitCategory;
import eu.vigil.contracts.Tlp;
import eu.vigil.contracts.YesNoUnknown;
import eu.vigil.contracts.drill.Exercise;
import eu.vigil.contracts.incident.IncidentEvent;
import eu.vigil.contracts.incident.IncidentShareWithdrawn;
import eu.vigil.contracts.incident.IncidentShared;
import eu.vigil.contracts.incident.IndicatorType;
import eu.vigil.contracts.incident.PatientCareImpact;
import eu.vigil.contracts.incident.Phase;
import eu.vigil.contracts.incident.Severity;
import eu.vigil.contracts.incident.SharedIndicator;
import eu.vigil.testsupport.IncidentEvents;

import java.time.Instant;
import java.util.List;

/**
 * A drill's incident's share events as command-service publishes them on the drill share topic: sanitised like the
 * real share topic's (the hospital as actor, never the officer), the share naming its drill.
 */
record DrillShareEvents(String hospital, IncidentId incident, Exercise drill) {

    /** Who shared, as the share topics say it. */
    static final Actor THE_HOSPITAL = Actor.system("hospital");
    /** Sunday of ISO week 2026-W13, as the trends count weeks. */
    static final Instant SHARED_AT = Instant.parse("2026-03-29T12:00:00Z");

    static DrillShareEvents of(String hospital, Exercise drill) {
        return new DrillShareEvents(hospital, IncidentId.generate(), drill);
    }

    /** The share at this revision, a minute after the one before, with the indicator values under TLP:CLEAR. */
    EventEnvelope<IncidentEvent> shared(int revision, Tlp tlp, boolean pseudonymised, String summary,
                                        String... values) {
        var indicators = List.of(values).stream()
                .map(value -> new SharedIndicator(IndicatorType.DOMAIN, value, Tlp.CLEAR)).toList();
        return envelope(revision, new IncidentShared(incident, revision, tlp, pseudonymised,
                RsitCategory.MALICIOUS_CODE_INFECTED_SYSTEM, Severity.HIGH, summary, Phase.CONTAINMENT,
                PatientCareImpact.DEGRADED, List.of("PACS workstation"), indicators, YesNoUnknown.NO, "BE", false,
                drill));
    }

    EventEnvelope<IncidentEvent> withdrawn(int sequence) {
        return envelope(sequence, new IncidentShareWithdrawn(incident, "End of the drill"));
    }

    private EventEnvelope<IncidentEvent> envelope(int sequence, IncidentEvent event) {
        return IncidentEvents.envelope(hospital, sequence, SHARED_AT.plusSeconds(60L * sequence), THE_HOSPITAL,
                event);
    }
}
