package eu.vigil.query.instances;

import eu.vigil.contracts.EventEnvelope;
import eu.vigil.contracts.incident.IncidentEvent;
import eu.vigil.contracts.incident.IncidentShareWithdrawn;
import eu.vigil.contracts.incident.IncidentShared;
import eu.vigil.contracts.incident.IncidentState;
import eu.vigil.testsupport.GeneratedIncidents;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

/** Generated incident histories, and the rows one query service alone makes of them: what two must make too. */
record Histories(List<List<EventEnvelope<IncidentEvent>>> incidents) {

    /** {@code count} incidents of two hospitals, each its report and {@code length} more events. */
    static Histories generate(int count, int length) {
        return new Histories(LongStream.range(0, count).mapToObj(seed -> GeneratedIncidents.history(seed,
                seed % 2 == 0 ? "h-gent" : "h-koeln", length)).toList());
    }

    int events() {
        return incidents.stream().mapToInt(List::size).sum();
    }

    /** The first events of every incident, up to {@code part} of each history. */
    List<EventEnvelope<IncidentEvent>> firstPart(double part) {
        return incidents.stream().flatMap(history -> history.subList(0, cut(history, part)).stream()).toList();
    }

    /** The events after {@link #firstPart}. */
    List<EventEnvelope<IncidentEvent>> rest(double part) {
        return incidents.stream().flatMap(history -> history.subList(cut(history, part), history.size()).stream())
                .toList();
    }

    private static int cut(List<?> history, double part) {
        return (int) Math.round(history.size() * part);
    }

    /** Every event a timeline row: {@code incident/sequence/event id}. */
    List<String> timeline() {
        return incidents.stream().flatMap(List::stream).map(event -> incident(event) + "/"
                + event.aggregateSequence() + "/" + event.eventId()).toList();
    }

    /** Every incident a register row, at the sequence of its last event. */
    Map<UUID, Long> registerSequences() {
        return incidents.stream().collect(Collectors.toMap(history -> incident(history.get(0)),
                history -> history.get(history.size() - 1).aggregateSequence()));
    }

    /** Every incident's state as its whole history folds it. */
    Map<UUID, IncidentState> states() {
        return incidents.stream().collect(Collectors.toMap(history -> incident(history.get(0)),
                history -> IncidentState.of(GeneratedIncidents.payloads(history))));
    }

    /** Every incident shared at some time a CERT feed row: its highest revision, and whether its last word withdrew. */
    Map<UUID, String> shares() {
        var shares = new HashMap<UUID, String>();
        for (var history : incidents) {
            int revision = 0;
            boolean withdrawn = false;
            for (var event : history) {
                if (event.payload() instanceof IncidentShared shared) {
                    revision = Math.max(revision, shared.revision());
                    withdrawn = false;
                } else if (event.payload() instanceof IncidentShareWithdrawn) {
                    withdrawn = true;
                }
            }
            if (revision > 0) {
                shares.put(incident(history.get(0)), revision + "/" + (withdrawn ? "withdrawn" : "shared"));
            }
        }
        return shares;
    }

    private static UUID incident(EventEnvelope<IncidentEvent> event) {
        return event.payload().incidentId().value();
    }
}
