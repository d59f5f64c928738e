package eu.vigil.query.timeline;

import com.fasterxml.jackson.annotation.JsonValue;
import eu.vigil.contracts.Codes;
import eu.vigil.contracts.incident.AwarenessCorrected;
import eu.vigil.contracts.incident.HandlingConcluded;
import eu.vigil.contracts.incident.ImpactAssessed;
import eu.vigil.contracts.incident.ImpactEnded;
import eu.vigil.contracts.incident.IncidentClassified;
import eu.vigil.contracts.incident.IncidentEvent;
import eu.vigil.contracts.incident.IncidentReopened;
import eu.vigil.contracts.incident.IncidentReported;
import eu.vigil.contracts.incident.IncidentShareWithdrawn;
import eu.vigil.contracts.incident.IncidentShared;
import eu.vigil.contracts.incident.IndicatorAdded;
import eu.vigil.contracts.incident.IndicatorWithdrawn;
import eu.vigil.contracts.incident.PersonalDataAssessed;
import eu.vigil.contracts.incident.PhaseChanged;
import eu.vigil.contracts.incident.SignificanceAssessed;
import eu.vigil.contracts.incident.TimelineEntryAppended;
import eu.vigil.query.projection.UnhandledEventException;

import java.util.Arrays;
import java.util.Optional;

/** What a history entry is about, for filtering the history; the code is the {@code ?kind=} value. */
public enum HistoryKind {
    REPORT, TIMELINE, PHASE, CLASSIFICATION, IMPACT, PERSONAL_DATA, SIGNIFICANCE, INDICATOR, SHARING, CORRECTION,
    /** The events of the incident's obligations, recorded by the notifier: no incident event is of this kind. */
    OBLIGATION;

    @JsonValue
    public String code() {
        return Codes.of(this);
    }

    public static Optional<HistoryKind> findByCode(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code().equals(code)).findFirst();
    }

    // Java 17 has no pattern switch: IncidentTimelineIT walks every permitted type through this chain.
    static HistoryKind of(IncidentEvent event) {
        if (event instanceof IncidentReported) {
            return REPORT;
        } else if (event instanceof TimelineEntryAppended) {
            return TIMELINE;
        } else if (event instanceof PhaseChanged || event instanceof IncidentReopened
                || event instanceof HandlingConcluded || event instanceof ImpactEnded) {
            return PHASE;
        } else if (event instanceof IncidentClassified) {
            return CLASSIFICATION;
        } else if (event instanceof ImpactAssessed) {
            return IMPACT;
        } else if (event instanceof PersonalDataAssessed) {
            return PERSONAL_DATA;
        } else if (event instanceof SignificanceAssessed) {
            return SIGNIFICANCE;
        } else if (event instanceof IndicatorAdded || event instanceof IndicatorWithdrawn) {
            return INDICATOR;
        } else if (event instanceof IncidentShared || event instanceof IncidentShareWithdrawn) {
            return SHARING;
        } else if (event instanceof AwarenessCorrected) {
            return CORRECTION;
        }
        throw new UnhandledEventException("incident-timeline", event);
    }
}
