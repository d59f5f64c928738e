package eu.vigil.command.incident;

import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.Tlp;
import eu.vigil.contracts.YesNoUnknown;
import eu.vigil.contracts.incident.AwarenessCorrected;
import eu.vigil.contracts.incident.ImpactAssessed;
import eu.vigil.contracts.incident.IncidentClassified;
import eu.vigil.contracts.incident.IncidentEvent;
import eu.vigil.contracts.incident.IncidentReopened;
import eu.vigil.contracts.incident.IncidentReported;
import eu.vigil.contracts.incident.IncidentShareWithdrawn;
import eu.vigil.contracts.incident.IncidentShared;
import eu.vigil.contracts.incident.IndicatorAdded;
import eu.vigil.contracts.incident.IndicatorWithdrawn;
import eu.vigil.contracts.incident.PersonalDataAssessed;
import eu.vigil.contracts.incident.Phase;
import eu.vigil.contracts.incident.PhaseChanged;
import eu.vigil.contracts.incident.SharedIndicator;
import eu.vigil.contracts.incident.SignificanceAssessed;
import eu.vigil.contracts.incident.TimelineEntryAppended;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * An incident as its own events tell it, read straight from the event store so that a form shows exactly what the
 * next command will be decided on: no read-model lag. Forms prefill from it; the sharing form previews from it.
 */
public final class IncidentView {

    private final IncidentFacts facts = new IncidentFacts();
    private IncidentReported report;
    private Instant detectedAt;
    private Instant awareAt;
    private Phase phase;
    private IncidentClassified classification;
    private ImpactAssessed impact;
    private PersonalDataAssessed personalData;
    private SignificanceAssessed significance;
    private final Map<UUID, TimelineEntryAppended> entries = new LinkedHashMap<>();
    private final Map<UUID, IndicatorAdded> indicators = new LinkedHashMap<>();
    private IncidentShared share;
    private long lastSequence = -1;

    void apply(IncidentEvent event) {
        lastSequence++;
        facts.remember(event);
        if (event instanceof IncidentReported e) {
            report = e;
            detectedAt = e.detectedAt();
            awareAt = e.awareAt();
            phase = Phase.DETECTION;
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
        } else if (event instanceof TimelineEntryAppended e) {
            entries.remove(e.supersedes());
            entries.put(e.entryId(), e);
        } else if (event instanceof PhaseChanged e) {
            phase = e.to();
        } else if (event instanceof IncidentReopened e) {
            phase = e.to();
        } else if (event instanceof IndicatorAdded e) {
            indicators.remove(e.supersedes());
            indicators.put(e.indicatorId(), e);
        } else if (event instanceof IndicatorWithdrawn e) {
            indicators.remove(e.indicatorId());
        } else if (event instanceof IncidentShared e) {
            share = e;
        } else if (event instanceof IncidentShareWithdrawn) {
            share = null;
        }
    }

    /** What the CERT would see if the incident were shared now with these choices; TLP:RED indicators left out. */
    public IncidentShared sharePreview(Tlp tlp, boolean pseudonymised, String summary, List<UUID> indicatorIds) {
        List<SharedIndicator> ticked = indicatorIds.stream().distinct().map(indicators::get).filter(Objects::nonNull)
                .filter(indicator -> indicator.tlp().shareable())
                .map(indicator -> new SharedIndicator(indicator.type(), indicator.value(), indicator.tlp()))
                .toList();
        return facts.share(id(), share == null ? 1 : share.revision() + 1, tlp, pseudonymised,
                summary == null ? "" : summary.strip(), phase, ticked);
    }

    public IncidentId id() {
        return report.incidentId();
    }

    public IncidentReported report() {
        return report;
    }

    public Instant detectedAt() {
        return detectedAt;
    }

    public Instant awareAt() {
        return awareAt;
    }

    public Phase phase() {
        return phase;
    }

    /** The latest classification, or the report's category alone when none was recorded. */
    public IncidentClassified classification() {
        return classification != null ? classification : new IncidentClassified(id(), report.category(), List.of(),
                null, null, YesNoUnknown.UNKNOWN, null);
    }

    /** The latest impact assessment, or null when none was recorded. */
    public ImpactAssessed impact() {
        return impact;
    }

    /** The latest assessment, or the report's answer alone when none was recorded. */
    public PersonalDataAssessed personalData() {
        return personalData != null ? personalData
                : new PersonalDataAssessed(id(), report.personalDataInvolved(), List.of(), null, null);
    }

    /** The latest decision, or null when none was recorded. */
    public SignificanceAssessed significance() {
        return significance;
    }

    /** Current timeline entries (superseded ones left out), oldest first. */
    public List<TimelineEntryAppended> entries() {
        return List.copyOf(entries.values());
    }

    /** Current indicators (superseded and withdrawn ones left out), oldest first. */
    public List<IndicatorAdded> indicators() {
        return List.copyOf(indicators.values());
    }

    /** The current share, or null when the incident is not shared. */
    public IncidentShared share() {
        return share;
    }

    public long lastSequence() {
        return lastSequence;
    }
}
