package eu.vigil.contracts.incident;

import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.RsitCategory;
import eu.vigil.contracts.YesNoUnknown;
import eu.vigil.contracts.drill.Exercise;

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
 * @param report              the report that opened the incident; null before it
 * @param awareness           the latest correction of the detection and awareness times; null when never corrected
 * @param classification      the latest classification; null until classified beyond the report's category
 * @param impact              the latest impact assessment; null until assessed
 * @param personalData        the latest assessment; null until assessed beyond the report's yes, no or unknown
 * @param personalDataAwareAt when the hospital became aware of the personal data breach, which starts GDPR
 *                            Art. 33(1): as assessed, else the incident's awareness (the safe reading), moving with
 *                            its corrections while the two are the same; null while no personal data is involved
 * @param significance        the latest NIS2 Art. 23(3) decision; null until assessed
 * @param indicators          the current indicators, oldest first; a correction takes the place of the one it
 *                            corrects at the end, a withdrawn or superseded one is gone
 * @param share               the current share with the sector CERT; null when never shared or withdrawn
 * @param shareRevision       the revision of the latest share, withdrawn or not; 0 when never shared
 * @param timelineEntries     how many timeline entries are current (corrections replace the entries they correct)
 * @param handlingConcluded   when the hospital concluded its handling (latest record); null until then
 * @param impactEnded         when the impact on the hospital's services ended (latest record); null until then
 * @param lastSequence        the sequence of the last event folded in, the first being 0; -1 before any
 */
public record IncidentState(IncidentReported report, AwarenessCorrected awareness, Phase phase,
                            IncidentClassified classification, ImpactAssessed impact,
                            PersonalDataAssessed personalData, Instant personalDataAwareAt,
                            SignificanceAssessed significance, List<IndicatorAdded> indicators, IncidentShared share,
                            int shareRevision, int timelineEntries, HandlingConcluded handlingConcluded,
                            ImpactEnded impactEnded, long lastSequence) {

    /** Before the report: the state every fold starts from. */
    public static final IncidentState NONE = new IncidentState(null, null, null, null, null, null, null, null,
            List.of(), null, 0, 0, null, null, -1);

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
    // Java 17 has no pattern switch: IncidentStateTest and the generated histories walk every type through this chain.
    public IncidentState apply(IncidentEvent event) {
        if ((report == null) != (event instanceof IncidentReported)) {
            throw new IllegalStateException(report == null
                    ? "Event " + event.getClass().getSimpleName() + " of incident " + event.incidentId()
                            + " comes before its report"
                    : "Incident " + event.incidentId() + " was reported already");
        }
        var next = new Next(this);
        if (event instanceof IncidentReported e) {
            next.report = e;
            next.phase = Phase.DETECTION;
            next.personalDataAwareAt = e.personalDataInvolved() == YesNoUnknown.NO ? null : e.awareAt();
        } else if (event instanceof AwarenessCorrected e) {
            next.awareness = e;
            if (awareAt().equals(personalDataAwareAt)) {
                next.personalDataAwareAt = e.awareAt(); // the breach was known from the incident's awareness on
            }
        } else if (event instanceof IncidentClassified e) {
            next.classification = e;
        } else if (event instanceof ImpactAssessed e) {
            next.impact = e;
        } else if (event instanceof PersonalDataAssessed e) {
            next.personalData = e;
            next.personalDataAwareAt = e.involved() == YesNoUnknown.NO ? null
                    : e.awareAt() != null ? e.awareAt()
                    : personalDataAwareAt != null ? personalDataAwareAt
                    : awareAt(); // an assessment recorded before the breach's awareness was asked: the safe reading
        } else if (event instanceof SignificanceAssessed e) {
            next.significance = e;
        } else if (event instanceof TimelineEntryAppended e) {
            next.timelineEntries = e.supersedes() == null ? timelineEntries + 1 : timelineEntries;
        } else if (event instanceof PhaseChanged e) {
            next.phase = e.to();
        } else if (event instanceof IncidentReopened e) {
            next.phase = e.to();
        } else if (event instanceof IndicatorAdded e) {
            var current = new ArrayList<>(withoutIndicator(e.supersedes()));
            current.add(e);
            next.indicators = current;
        } else if (event instanceof IndicatorWithdrawn e) {
            next.indicators = withoutIndicator(e.indicatorId());
        } else if (event instanceof IncidentShared e) {
            next.share = e;
            next.shareRevision = e.revision();
        } else if (event instanceof IncidentShareWithdrawn) {
            next.share = null;
        } else if (event instanceof HandlingConcluded e) {
            next.handlingConcluded = e;
        } else if (event instanceof ImpactEnded e) {
            next.impactEnded = e;
        } else {
            throw new IllegalArgumentException("No fold for " + event.getClass().getName());
        }
        return next.state();
    }

    /** Whether any event has been folded in; false for {@link #NONE}. */
    public boolean reported() {
        return report != null;
    }

    /** The drill the incident belongs to, as its report says (ADR 0022); null for a real incident. */
    public Exercise exercise() {
        return report == null ? null : report.exercise();
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

    // the next state as apply builds it: a copy of this one with what the event changes
    private static final class Next {
        private IncidentReported report;
        private AwarenessCorrected awareness;
        private Phase phase;
        private IncidentClassified classification;
        private ImpactAssessed impact;
        private PersonalDataAssessed personalData;
        private Instant personalDataAwareAt;
        private SignificanceAssessed significance;
        private List<IndicatorAdded> indicators;
        private IncidentShared share;
        private int shareRevision;
        private int timelineEntries;
        private HandlingConcluded handlingConcluded;
        private ImpactEnded impactEnded;
        private final long lastSequence;

        Next(IncidentState from) {
            report = from.report;
            awareness = from.awareness;
            phase = from.phase;
            classification = from.classification;
            impact = from.impact;
            personalData = from.personalData;
            personalDataAwareAt = from.personalDataAwareAt;
            significance = from.significance;
            indicators = from.indicators;
            share = from.share;
            shareRevision = from.shareRevision;
            timelineEntries = from.timelineEntries;
            handlingConcluded = from.handlingConcluded;
            impactEnded = from.impactEnded;
            lastSequence = from.lastSequence + 1;
        }

        IncidentState state() {
            return new IncidentState(report, awareness, phase, classification, impact, personalData,
                    personalDataAwareAt, significance, indicators, share, shareRevision, timelineEntries,
                    handlingConcluded, impactEnded, lastSequence);
        }
    }
}
