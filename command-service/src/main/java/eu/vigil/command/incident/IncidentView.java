package eu.vigil.command.incident;

import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.Tlp;
import eu.vigil.contracts.YesNoUnknown;
import eu.vigil.contracts.incident.ImpactAssessed;
import eu.vigil.contracts.incident.IncidentClassified;
import eu.vigil.contracts.incident.IncidentEvent;
import eu.vigil.contracts.incident.IncidentReported;
import eu.vigil.contracts.incident.IncidentShared;
import eu.vigil.contracts.incident.IncidentState;
import eu.vigil.contracts.incident.IndicatorAdded;
import eu.vigil.contracts.incident.PersonalDataAssessed;
import eu.vigil.contracts.incident.Phase;
import eu.vigil.contracts.incident.SharedIndicator;
import eu.vigil.contracts.incident.SignificanceAssessed;
import eu.vigil.contracts.incident.TimelineEntryAppended;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * An incident as its own events tell it, read straight from the event store so that a form shows exactly what the
 * next command will be decided on: no read-model lag. Forms prefill from it; the sharing form previews from it.
 * Its state is the one fold every service uses ({@link IncidentState}); the current timeline entries, which the
 * state does not hold, are this view's own.
 */
public final class IncidentView {

    private IncidentState state = IncidentState.NONE;
    private final Map<UUID, TimelineEntryAppended> entries = new LinkedHashMap<>();

    void apply(IncidentEvent event) {
        state = state.apply(event);
        if (event instanceof TimelineEntryAppended e) {
            entries.remove(e.supersedes());
            entries.put(e.entryId(), e);
        }
    }

    /** What the CERT would see if the incident were shared now with these choices; TLP:RED indicators left out. */
    public IncidentShared sharePreview(Tlp tlp, boolean pseudonymised, boolean sectorView, String country,
                                       String summary, List<UUID> indicatorIds) {
        List<SharedIndicator> ticked = indicatorIds.stream().distinct().map(state::indicator)
                .flatMap(Optional::stream)
                .filter(indicator -> indicator.tlp().shareable())
                .map(indicator -> new SharedIndicator(indicator.type(), indicator.value(), indicator.tlp()))
                .toList();
        return Shares.of(state, tlp, pseudonymised, sectorView, country, summary == null ? "" : summary.strip(),
                ticked);
    }

    public IncidentState state() {
        return state;
    }

    public IncidentId id() {
        return state.incidentId();
    }

    public IncidentReported report() {
        return state.report();
    }

    public Instant detectedAt() {
        return state.detectedAt();
    }

    public Instant awareAt() {
        return state.awareAt();
    }

    public Phase phase() {
        return state.phase();
    }

    /** The latest classification, or the report's category alone when none was recorded. */
    public IncidentClassified classification() {
        return state.classification() != null ? state.classification() : new IncidentClassified(id(),
                state.category(), List.of(), null, null, YesNoUnknown.UNKNOWN, null);
    }

    /** The latest impact assessment, or null when none was recorded. */
    public ImpactAssessed impact() {
        return state.impact();
    }

    /** The latest assessment, or the report's answer alone when none was recorded. */
    public PersonalDataAssessed personalData() {
        return state.personalData() != null ? state.personalData()
                : new PersonalDataAssessed(id(), state.personalDataInvolved(), List.of(), null, null,
                        state.personalDataAwareAt());
    }

    /** The latest decision, or null when none was recorded. */
    public SignificanceAssessed significance() {
        return state.significance();
    }

    /** Current timeline entries (superseded ones left out), oldest first. */
    public List<TimelineEntryAppended> entries() {
        return List.copyOf(entries.values());
    }

    /** Current indicators (superseded and withdrawn ones left out), oldest first. */
    public List<IndicatorAdded> indicators() {
        return state.indicators();
    }

    /** The current share, or null when the incident is not shared. */
    public IncidentShared share() {
        return state.share();
    }

    public long lastSequence() {
        return state.lastSequence();
    }
}
