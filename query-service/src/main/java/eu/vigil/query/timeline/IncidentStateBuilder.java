package eu.vigil.query.timeline;

import eu.vigil.contracts.incident.AwarenessCorrected;
import eu.vigil.contracts.incident.ImpactAssessed;
import eu.vigil.contracts.incident.IncidentClassified;
import eu.vigil.contracts.incident.IncidentReopened;
import eu.vigil.contracts.incident.IncidentReported;
import eu.vigil.contracts.incident.IncidentShareWithdrawn;
import eu.vigil.contracts.incident.IncidentShared;
import eu.vigil.contracts.incident.IndicatorAdded;
import eu.vigil.contracts.incident.IndicatorWithdrawn;
import eu.vigil.contracts.incident.PersonalDataAssessed;
import eu.vigil.contracts.incident.Phase;
import eu.vigil.contracts.incident.PhaseChanged;
import eu.vigil.contracts.incident.SignificanceAssessed;
import eu.vigil.contracts.incident.TimelineEntryAppended;
import eu.vigil.query.projection.UnhandledEventException;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Folds an incident's events, oldest first, into its {@link IncidentState}. */
class IncidentStateBuilder {

    private final UUID incidentId;
    private IncidentReported report;
    private Instant reportedAt;
    private String reportedBy;
    private Instant detectedAt;
    private Instant awareAt;
    private Phase phase;
    private IncidentClassified classification;
    private ImpactAssessed impact;
    private PersonalDataAssessed personalData;
    private SignificanceAssessed significance;
    private final Map<UUID, IndicatorAdded> indicators = new LinkedHashMap<>();
    private IncidentShared share;

    IncidentStateBuilder(UUID incidentId) {
        this.incidentId = incidentId;
    }

    // Java 17 has no pattern switch: IncidentTimelineIT walks every permitted type through this chain.
    void apply(TimelineEntry entry) {
        var event = entry.payload();
        if (event instanceof IncidentReported e) {
            report = e;
            reportedAt = entry.occurredAt();
            reportedBy = entry.actorId();
            detectedAt = e.detectedAt();
            awareAt = e.awareAt();
            phase = Phase.DETECTION; // as the command side opens every incident
        } else if (event instanceof AwarenessCorrected e) {
            detectedAt = e.detectedAt();
            awareAt = e.awareAt();
        } else if (event instanceof IncidentClassified e) {
            classification = e;
        } else if (event instanceof ImpactAssessed e) {
            impact = e;
        } else if (event instanceof PersonalDataAssessed e) {
            personalData = e;
        } else if (event instanceof SignificanceAssessed e) {
            significance = e;
        } else if (event instanceof PhaseChanged e) {
            phase = e.to();
        } else if (event instanceof IncidentReopened e) {
            phase = e.to();
        } else if (event instanceof IndicatorAdded e) {
            if (e.supersedes() != null) {
                indicators.remove(e.supersedes());
            }
            indicators.put(e.indicatorId(), e);
        } else if (event instanceof IndicatorWithdrawn e) {
            indicators.remove(e.indicatorId());
        } else if (event instanceof IncidentShared e) {
            share = e;
        } else if (event instanceof IncidentShareWithdrawn) {
            share = null;
        } else if (!(event instanceof TimelineEntryAppended)) { // entries are history, not state
            throw new UnhandledEventException("incident-state", event);
        }
    }

    IncidentState build() {
        return new IncidentState(incidentId, report, reportedAt, reportedBy, detectedAt, awareAt, phase,
                classification, impact, personalData, significance, List.copyOf(indicators.values()), share);
    }
}
