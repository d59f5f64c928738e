package eu.vigil.query.register.web;

import eu.vigil.contracts.RsitCategory;
import eu.vigil.contracts.incident.Phase;
import eu.vigil.contracts.incident.Severity;
import eu.vigil.query.obligation.Obligations;
import eu.vigil.query.register.DrillFilter;
import eu.vigil.query.register.IncidentList;
import eu.vigil.query.register.IncidentSort;
import eu.vigil.query.parameters.InvalidParametersException;
import eu.vigil.query.register.ObligationFilter;
import eu.vigil.query.register.RegisteredIncident;
import eu.vigil.security.EndpointRules;
import eu.vigil.security.VigilAccess;
import eu.vigil.security.VigilRole;
import eu.vigil.security.VigilUser;
import eu.vigil.ui.ViewerTime;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

/** The incident list a hospital's security officer and DPO see first: filtered, sorted, a page at a time. */
@Controller
class IncidentPageController {

    private final IncidentList list;
    private final Obligations obligations;
    private final ViewerTime viewerTime;
    private final Clock clock;

    IncidentPageController(IncidentList list, Obligations obligations, ViewerTime viewerTime, Clock clock) {
        this.list = list;
        this.obligations = obligations;
        this.viewerTime = viewerTime;
        this.clock = clock;
    }

    @Bean
    static EndpointRules incidentPageRules() {
        return rules -> rules.requestMatchers(HttpMethod.GET, "/incidents")
                .access(VigilAccess.inOwnHospital(VigilRole.SECURITY_OFFICER, VigilRole.DPO));
    }

    /** The filter form's dates are days in the viewer's zone. A bad parameter shows the form with what to correct. */
    @GetMapping("/incidents")
    String incidents(@ModelAttribute("filter") IncidentFilter filter, @AuthenticationPrincipal VigilUser user,
                     HttpServletResponse response, Model model) {
        model.addAttribute("phases", Phase.values())
                .addAttribute("categories", RsitCategory.values())
                .addAttribute("severities", Severity.values())
                .addAttribute("obligationFilters", ObligationFilter.values())
                .addAttribute("drillFilters", DrillFilter.values())
                .addAttribute("sorts", IncidentSort.values())
                .addAttribute("filtered", filter.any())
                .addAttribute("zone", viewerTime.zoneId())
                .addAttribute("now", clock.instant());
        try {
            var query = filter.toQuery(user.ownHospital(), ZoneId.of(viewerTime.zoneId()));
            var page = list.page(query);
            model.addAttribute("incidents", page.items())
                    .addAttribute("total", list.count(query))
                    .addAttribute("next", page.next() == null ? null : filter.nextPage(query.cursorText(page.next())))
                    .addAttribute("csv", "/incidents/export.csv" + filter.filters())
                    .addAttribute("running", obligations.runningOf(user.ownHospital(),
                            page.items().stream().map(RegisteredIncident::incidentId).toList()))
                    .addAttribute("hiddenDrills",
                            query.drills() == DrillFilter.HIDE ? list.count(query.drillsOnly()) : 0L)
                    .addAttribute("drillsOnly", "/incidents" + filter.withDrills(DrillFilter.ONLY).filters());
        } catch (InvalidParametersException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problems", e.problems())
                    .addAttribute("incidents", List.of());
        }
        return "register/incidents";
    }
}
