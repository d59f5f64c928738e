package eu.vigil.query.timeline;

import eu.vigil.contracts.incident.IncidentState;
import eu.vigil.contracts.incident.IndicatorAdded;
import eu.vigil.contracts.incident.IndicatorWithdrawn;
import eu.vigil.contracts.incident.TimelineEntryAppended;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything an incident's timeline holds, from its report on. Corrected timeline entries and indicators stay in
 * it, marked as superseded by the later entry that names them in {@code supersedes}.
 */
public final class IncidentHistory {

    private final UUID incidentId;
    private final String hospitalId;
    private final List<TimelineEntry> oldestFirst;

    IncidentHistory(UUID incidentId, String hospitalId, List<TimelineEntry> oldestFirst) {
        this.incidentId = incidentId;
        this.hospitalId = hospitalId;
        this.oldestFirst = marked(oldestFirst);
    }

    public UUID incidentId() {
        return incidentId;
    }

    public String hospitalId() {
        return hospitalId;
    }

    /** The sequence of the last event the timeline holds for the incident. */
    public long lastSequence() {
        return oldestFirst.get(oldestFirst.size() - 1).sequence();
    }

    /** The incident as its events tell it now: the one fold every service uses. */
    public IncidentState state() {
        return IncidentState.of(oldestFirst.stream().map(TimelineEntry::payload).toList());
    }

    /** When the incident was reported: the time its report was recorded. */
    public Instant reportedAt() {
        return oldestFirst.get(0).occurredAt();
    }

    /** Who reported the incident. */
    public String reportedBy() {
        return oldestFirst.get(0).actorId();
    }

    /** The whole history, newest first; with a kind, only the entries of that kind. */
    public List<TimelineEntry> newestFirst(HistoryKind kind) {
        var entries = new ArrayList<>(kind == null ? oldestFirst
                : oldestFirst.stream().filter(entry -> entry.isOf(kind)).toList());
        Collections.reverse(entries);
        return entries;
    }

    /** Every indicator ever added, by id, so that a withdrawal or correction can name the indicator's value. */
    public Map<UUID, IndicatorAdded> indicators() {
        return oldestFirst.stream().map(TimelineEntry::payload)
                .filter(IndicatorAdded.class::isInstance).map(IndicatorAdded.class::cast)
                .collect(Collectors.toUnmodifiableMap(IndicatorAdded::indicatorId, Function.identity()));
    }

    private static List<TimelineEntry> marked(List<TimelineEntry> entries) {
        Set<UUID> superseded = new HashSet<>();
        Set<UUID> withdrawn = new HashSet<>();
        for (var entry : entries) {
            if (entry.payload() instanceof TimelineEntryAppended e && e.supersedes() != null) {
                superseded.add(e.supersedes());
            } else if (entry.payload() instanceof IndicatorAdded e && e.supersedes() != null) {
                superseded.add(e.supersedes());
            } else if (entry.payload() instanceof IndicatorWithdrawn e) {
                withdrawn.add(e.indicatorId());
            }
        }
        return entries.stream().map(entry -> entry.marked(superseded.contains(subjectOf(entry)),
                entry.payload() instanceof IndicatorAdded e && withdrawn.contains(e.indicatorId()))).toList();
    }

    // the id a later correction names in its supersedes field; null for events no correction can name
    private static UUID subjectOf(TimelineEntry entry) {
        if (entry.payload() instanceof TimelineEntryAppended e) {
            return e.entryId();
        } else if (entry.payload() instanceof IndicatorAdded e) {
            return e.indicatorId();
        }
        return null;
    }
}
