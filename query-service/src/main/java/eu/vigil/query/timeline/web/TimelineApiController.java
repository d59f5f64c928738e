package eu.vigil.query.timeline.web;

import eu.vigil.query.register.IncidentNotFoundException;
import eu.vigil.query.timeline.HistoryKind;
import eu.vigil.query.timeline.IncidentHistory;
import eu.vigil.query.timeline.IncidentTimeline;
import eu.vigil.query.timeline.TimelineEntry;
import eu.vigil.query.timeline.UnknownHistoryKindException;
import eu.vigil.security.HospitalScope;
import eu.vigil.security.VigilUser;
import eu.vigil.web.ShortText;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/** An incident's history as JSON, for the caller's hospital only. */
@RestController
class TimelineApiController {

    private final IncidentTimeline timeline;

    TimelineApiController(IncidentTimeline timeline) {
        this.timeline = timeline;
    }

    /** @param kind a {@link HistoryKind} code; absent or blank for the whole history */
    @GetMapping("/api/incidents/{incidentId}/history")
    List<TimelineEntry> history(@PathVariable UUID incidentId,
                                @RequestParam(required = false) @ShortText(max = 40) String kind,
                                @AuthenticationPrincipal VigilUser user) {
        var filter = kind == null || kind.isBlank() ? null
                : HistoryKind.findByCode(kind).orElseThrow(() -> new UnknownHistoryKindException(kind));
        return HospitalScope.ownOnly(timeline.find(incidentId), IncidentHistory::hospitalId, user)
                .orElseThrow(() -> new IncidentNotFoundException(incidentId))
                .newestFirst(filter);
    }
}
