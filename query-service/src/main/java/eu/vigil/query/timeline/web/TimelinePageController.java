package eu.vigil.query.timeline.web;

import eu.vigil.contracts.incident.ImpactAssessed;
import eu.vigil.query.feed.Correlations;
import eu.vigil.query.obligation.Obligations;
import eu.vigil.query.register.IncidentNotFoundException;
import eu.vigil.query.timeline.HistoryKind;
import eu.vigil.query.timeline.IncidentHistory;
import eu.vigil.query.timeline.IncidentTimeline;
import eu.vigil.query.timeline.TimelineCatchUp;
import eu.vigil.security.HospitalScope;
import eu.vigil.security.VigilRole;
import eu.vigil.security.VigilUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One incident of the caller's hospital: its current state and obligations, then its whole history with its
 * obligations' events, newest first.
 */
@Controller
class TimelinePageController {

    private final IncidentTimeline timeline;
    private final TimelineCatchUp catchUp;
    private final Obligations obligations;
    private final Correlations correlations;
    private final Clock clock;

    TimelinePageController(IncidentTimeline timeline, TimelineCatchUp catchUp, Obligations obligations,
                           Correlations correlations, Clock clock) {
        this.timeline = timeline;
        this.catchUp = catchUp;
        this.obligations = obligations;
        this.correlations = correlations;
        this.clock = clock;
    }

    /**
     * @param seen the sequence of the last event a form just recorded: the page waits until the timeline holds it
     * @param kind a {@link HistoryKind} code; anything else shows the whole history
     */
    @GetMapping("/incidents/{incidentId}")
    String incident(@PathVariable UUID incidentId, @RequestParam(required = false) Long seen,
                    @RequestParam(required = false) String kind, @AuthenticationPrincipal VigilUser user,
                    Locale locale, Model model) {
        boolean behind = seen != null && !catchUp.await(incidentId, user.ownHospital(), seen);
        var history = HospitalScope.ownOnly(timeline.find(incidentId), IncidentHistory::hospitalId, user)
                .orElseThrow(() -> new IncidentNotFoundException(incidentId));
        var filter = HistoryKind.findByCode(kind).orElse(null);
        var state = history.state();
        var obligationEvents = obligations.historyOf(incidentId, history.hospitalId());
        model.addAttribute("state", state)
                .addAttribute("reportedAt", history.reportedAt())
                .addAttribute("reportedBy", history.reportedBy())
                .addAttribute("entries", HistoryRow.newestFirst(history.newestFirst(filter), obligationEvents,
                        filter))
                .addAttribute("lastChange", HistoryRow.newestFirst(history.newestFirst(null), obligationEvents, null)
                        .get(0))
                .addAttribute("obligations", obligations.ofIncident(incidentId, history.hospitalId()))
                .addAttribute("now", clock.instant())
                .addAttribute("indicatorsById", history.indicators())
                .addAttribute("alsoSeen", correlations.alsoSeenElsewhere(incidentId, history.hospitalId()))
                .addAttribute("kinds", HistoryKind.values())
                .addAttribute("kind", filter)
                .addAttribute("behind", behind)
                .addAttribute("officer", user.has(VigilRole.SECURITY_OFFICER))
                .addAttribute("countryNames", countryNames(history, locale));
        return "timeline/incident";
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(IncidentNotFoundException e) {
        return "timeline/not-found"; // the same page for another hospital's incident: never confirm it exists
    }

    // ISO 3166-1 codes as the viewer's language names the countries
    static Map<String, String> countryNames(IncidentHistory history, Locale locale) {
        return history.newestFirst(HistoryKind.IMPACT).stream()
                .flatMap(entry -> ((ImpactAssessed) entry.payload()).crossBorderCountries().stream())
                .distinct()
                .collect(Collectors.toMap(Function.identity(),
                        country -> new Locale("", country).getDisplayCountry(locale)));
    }
}
