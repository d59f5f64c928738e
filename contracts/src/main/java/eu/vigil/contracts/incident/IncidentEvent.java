package eu.vigil.contracts.incident;

import com.fasterxml.jackson.annotation.JsonIgnore;
import eu.vigil.contracts.IncidentId;

/** An event of the incident aggregate, published on {@code vigil.incident-events} keyed by incident id. */
public sealed interface IncidentEvent permits IncidentReported, AwarenessCorrected, IncidentClassified, ImpactAssessed,
        PersonalDataAssessed, SignificanceAssessed, TimelineEntryAppended, PhaseChanged, IncidentReopened,
        IndicatorAdded, IndicatorWithdrawn, IncidentShared, IncidentShareWithdrawn, HandlingConcluded, ImpactEnded {

    IncidentId incidentId();

    /** The payload's schema version, carried by the envelope; bumped, with an upcaster, only for an incompatible change. */
    @JsonIgnore
    default int schemaVersion() {
        return 1;
    }
}
