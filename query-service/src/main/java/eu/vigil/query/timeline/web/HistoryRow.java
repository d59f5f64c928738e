package eu.vigil.query.timeline.web;

import eu.vigil.query.obligation.ObligationEntry;
import eu.vigil.query.timeline.HistoryKind;
import eu.vigil.query.timeline.TimelineEntry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One row of the incident's history on its page: an incident event or an event of one of its obligations, exactly
 * one of the two.
 */
record HistoryRow(TimelineEntry incident, ObligationEntry obligation) {

    public Instant occurredAt() {
        return incident != null ? incident.occurredAt() : obligation.occurredAt();
    }

    /**
     * Both histories newest first, as the filter asks: the obligations' events alone, the incident's of one kind
     * alone, or both interleaved by when they were recorded.
     */
    static List<HistoryRow> newestFirst(List<TimelineEntry> incidentNewestFirst,
                                        List<ObligationEntry> obligationsOldestFirst, HistoryKind filter) {
        var rows = new ArrayList<HistoryRow>();
        if (filter != HistoryKind.OBLIGATION) {
            incidentNewestFirst.forEach(entry -> rows.add(new HistoryRow(entry, null)));
        }
        if (filter == null || filter == HistoryKind.OBLIGATION) {
            obligationsOldestFirst.forEach(entry -> rows.add(new HistoryRow(null, entry)));
        }
        // a stable sort: the incident's own order stays as it is among events of one instant
        rows.sort(Comparator.comparing(HistoryRow::occurredAt).reversed());
        return rows;
    }
}
