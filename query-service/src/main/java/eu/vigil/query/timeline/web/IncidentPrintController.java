package eu.vigil.query.timeline.web;

import eu.vigil.query.feed.Correlations;
import eu.vigil.query.obligation.Obligations;
import eu.vigil.query.register.IncidentNotFoundException;
import eu.vigil.query.timeline.IncidentHistory;
import eu.vigil.query.timeline.IncidentTimeline;
import eu.vigil.security.HospitalScope;
import eu.vigil.security.VigilUser;
import eu.vigil.ui.ViewerTime;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;

import java.time.Clock;
import java.util.Locale;
import java.util.UUID;

/**
 * The incident page for paper ({@code /incidents/{id}?print=true}): the whole current state, the reports owed and
 * the whole history, without navigation, forms or filters. Same path as the page, so the same rule guards it.
 */
@Controller
class IncidentPrintController {

    private final IncidentTimeline timeline;
    private final Obligations obligations;
    private final Correlations correlations;
    private final ViewerTime viewerTime;
    private final Clock clock;

    IncidentPrintController(IncidentTimeline timeline, Obligations obligations, Correlations correlations,
                            ViewerTime viewerTime, Clock clock) {
        this.timeline = timeline;
        this.obligations = obligations;
        this.correlations = correlations;
        this.viewerTime = viewerTime;
        this.clock = clock;
    }

    @GetMapping(path = "/incidents/{incidentId}", params = "print")
    String print(@PathVariable UUID incidentId, @AuthenticationPrincipal VigilUser user, Locale locale, Model model) {
        var history = HospitalScope.ownOnly(timeline.find(incidentId), IncidentHistory::hospitalId, user)
                .orElseThrow(() -> new IncidentNotFoundException(incidentId));
        model.addAttribute("state", history.state())
                .addAttribute("reportedAt", history.reportedAt())
                .addAttribute("reportedBy", history.reportedBy())
                .addAttribute("entries", HistoryRow.newestFirst(history.newestFirst(null),
                        obligations.historyOf(incidentId, history.hospitalId()), null))
                .addAttribute("obligations", obligations.ofIncident(incidentId, history.hospitalId()))
                .addAttribute("now", clock.instant())
                .addAttribute("indicatorsById", history.indicators())
                .addAttribute("alsoSeen", correlations.alsoSeenElsewhere(incidentId, history.hospitalId()))
                .addAttribute("officer", false) // no change links on paper
                .addAttribute("zone", viewerTime.zoneId())
                .addAttribute("countryNames", TimelinePageController.countryNames(history, locale));
        return "timeline/print";
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(IncidentNotFoundException e) {
        return "timeline/not-found"; // as the page: never confirm that another hospital's incident exists
    }
}
