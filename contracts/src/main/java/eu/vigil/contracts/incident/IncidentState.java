package eu.vigil.contracts.incident;

import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.RsitCategory;
import eu.vigil.contracts.YesNoUnknown;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An incident as its events tell it: the one fold of every {@link IncidentEvent}. The aggregate decides on it, and
 * every service derives its own view from it (a projection's row, an obligation's facts) instead of reading the
 * events itself. Immutable: {@link #apply} returns the next state.
 * <p>
 * Timeline entries are the incident's history, not its state: the state counts the current ones, and whoever needs
 * the entries themselves keeps them.
 *
 * @param report          the report that opened the incident; null before it
 * @param awareness       the latest correction of the detection and awareness times; null when never corrected
 * @param classification  the latest classification; null until classified beyond the report's category
 * @param impact          the latest impact assessment; null until assessed
 * @param personalData    the latest assessment; null until assessed beyond the report's yes, no or unknown
 * @param significance    the latest NIS2 Art. 23(3) decision; null until assessed
 * @param indicators      the current indicators, oldest first; a correction takes the place of the one it corrects
 *                        at the end, a withdrawn or superseded one is gone
 * @param share           the current share with the sector CERT; null when never shared or withdrawn
 * @param shareRevision   the revision of the latest share, withdrawn or not; 0 when never shared
 * @param timelineEntries how many timeline entries are current (corrections replace the entries they correct)
 * @param lastSequence    the sequence of the last event folded in, the first being 0; -1 before any
 */
public record IncidentState(IncidentReported report, AwarenessCorrected awareness, Phase phase,
                            IncidentClassified classification, ImpactAssessed impact,
                            PersonalDataAssessed personalData, SignificanceAssessed significance,
                            List<IndicatorAdded> indicators, IncidentShared share, int shareRevision,
                            int timelineEntries, long lastSequence) {

    /** Before the report: the state every fold starts from. */
    public static final IncidentState NONE =
            new IncidentState(null, null, null, null, null, null, null, List.of(), null, 0, 0, -1);

    public IncidentState {
        indicators = List.copyOf(indicators);
    }

    /** The state after these events, oldest first. */
    public static IncidentState of(List<? extends IncidentEvent> oldestFirst) {
        var state = NONE;
        for (var event : oldestFirst) {
            state = state.apply(event);
        }
        return state;
    }

    /**
     * The state after one more event.
     *
     * @throws IllegalStateException for an event before the report, or a second report
     */
    // Java 17 has no pattern switch: IncidentStateTest walks every permitted type through this chain.
    public IncidentState apply(IncidentEvent event) {
        if ((report == null) != (event instanceof IncidentReported)) {
            throw new IllegalStateException(report == null
                    ? "Event " + event.getClass().getSimpleName() + " of incident " + event.incidentId()
                            + " comes before its report"
                    : "Incident " + event.incidentId() + " was reported already");
        }
        long sequence = lastSequence + 1;
        if (event instanceof IncidentReported e) {
            return new IncidentState(e, null, Phase.DETECTION, null, null, null, null, List.of(), null, 0, 0,
                    sequence);
        } else if (event instanceof AwarenessCorrected e) {
            return new IncidentState(report, e, phase, classification, impact, personalData, significance,
                    indicators, share, shareRevision, timelineEntries, sequence);
        } else if (event instanceof IncidentClassified e) {
            return new IncidentState(report, awareness, phase, e, impact, personalData, significance,
                    indicators, share, shareRevision, timelineEntries, sequence);
        } else if (event instanceof ImpactAssessed e) {
            return new IncidentState(report, awareness, phase, classification, e, personalData,
                    significance, indicators, share, shareRevision, timelineEntries, sequence);
        } else if (event instanceof PersonalDataAssessed e) {
            return new IncidentState(report, awareness, phase, classification, impact, e, significance,
                    indicators, share, shareRevision, timelineEntries, sequence);
        } else if (event instanceof SignificanceAssessed e) {
            return new IncidentState(report, awareness, phase, classification, impact, personalData, e,
                    indicators, share, shareRevision, timelineEntries, sequence);
        } else if (event instanceof TimelineEntryAppended e) {
            int entries = e.supersedes() == null ? timelineEntries + 1 : timelineEntries;
            return new IncidentState(report, awareness, phase, classification, impact, personalData,
                    significance, indicators, share, shareRevision, entries, sequence);
        } else if (event instanceof PhaseChanged e) {
            return withPhase(e.to(), sequence);
        } else if (event instanceof IncidentReopened e) {
            return withPhase(e.to(), sequence);
        } else if (event instanceof IndicatorAdded e) {
            var current = new ArrayList<>(withoutIndicator(e.supersedes()));
            current.add(e);
            return withIndicators(current, sequence);
        } else if (event instanceof IndicatorWithdrawn e) {
            return withIndicators(withoutIndicator(e.indicatorId()), sequence);
        } else if (event instanceof IncidentShared e) {
            return new IncidentState(report, awareness, phase, classification, impact, personalData,
                    significance, indicators, e, e.revision(), timelineEntries, sequence);
        } else if (event instanceof IncidentShareWithdrawn) {
            return new IncidentState(report, awareness, phase, classification, impact, personalData,
                    significance, indicators, null, shareRevision, timelineEntries, sequence);
        }
        throw new IllegalArgumentException("No fold for " + event.getClass().getName());
    }

    /** Whether any event has been folded in; false for {@link #NONE}. */
    public boolean reported() {
        return report != null;
    }

    /** When the incident was first detected, as reported or last corrected; null when not known. */
    public Instant detectedAt() {
        return awareness == null ? report.detectedAt() : awareness.detectedAt();
    }

    /**
     * When the hospital became aware, as reported or last corrected: starts the NIS2 Art. 23(4) and GDPR Art. 33(1)
     * clocks.
     */
    public Instant awareAt() {
        return awareness == null ? report.awareAt() : awareness.awareAt();
    }

    public IncidentId incidentId() {
        return report.incidentId();
    }

    public HospitalId hospitalId() {
        return report.hospitalId();
    }

    /** The primary RSIT category: the latest classification's, or the report's. */
    public RsitCategory category() {
        return classification == null ? report.category() : classification.category();
    }

    /** The latest classification's severity; null until one gives it. */
    public Severity severity() {
        return classification == null ? null : classification.severity();
    }

    /** The latest assessment's answer, or the report's. */
    public YesNoUnknown personalDataInvolved() {
        return personalData == null ? report.personalDataInvolved() : personalData.involved();
    }

    /** The latest decision under NIS2 Art. 23(3); null until assessed. */
    public Significance significanceDecision() {
        return significance == null ? null : significance.significance();
    }

    /** The latest impact assessment's effect on patient care; null until assessed. */
    public PatientCareImpact patientCareImpact() {
        return impact == null ? null : impact.patientCareImpact();
    }

    /** The current indicator with this id; empty when it never existed, was superseded or withdrawn. */
    public Optional<IndicatorAdded> indicator(UUID indicatorId) {
        return indicators.stream().filter(indicator -> indicator.indicatorId().equals(indicatorId)).findFirst();
    }

    private List<IndicatorAdded> withoutIndicator(UUID indicatorId) {
        return indicatorId == null ? indicators
                : indicators.stream().filter(indicator -> !indicator.indicatorId().equals(indicatorId)).toList();
    }

    private IncidentState withPhase(Phase to, long sequence) {
        return new IncidentState(report, awareness, to, classification, impact, personalData, significance,
                indicators, share, shareRevision, timelineEntries, sequence);
    }

    private IncidentState withIndicators(List<IndicatorAdded> current, long sequence) {
        return new IncidentState(report, awareness, phase, classification, impact, personalData,
                significance, current, share, shareRevision, timelineEntries, sequence);
    }
}
