package eu.vigil.query.register.web;

import eu.vigil.query.obligation.Obligations;
import eu.vigil.query.register.IncidentList;
import eu.vigil.query.register.IncidentQuery;
import eu.vigil.query.register.RegisteredIncident;
import eu.vigil.security.EndpointRules;
import eu.vigil.security.VigilAccess;
import eu.vigil.security.VigilRole;
import eu.vigil.security.VigilUser;
import eu.vigil.ui.ViewerTime;
import eu.vigil.web.csv.SpreadsheetCsv;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;

/**
 * The incident list with the page's filters as a CSV download: every matching incident of the caller's hospital,
 * written page by page as it is read, so no export holds the whole list in memory.
 */
@RestController
class IncidentExportController {

    private final IncidentList list;
    private final Obligations obligations;
    private final ViewerTime viewerTime;

    IncidentExportController(IncidentList list, Obligations obligations, ViewerTime viewerTime) {
        this.list = list;
        this.obligations = obligations;
        this.viewerTime = viewerTime;
    }

    @Bean
    static EndpointRules incidentExportRules() {
        return rules -> rules.requestMatchers(HttpMethod.GET, "/incidents/export.csv")
                .access(VigilAccess.inOwnHospital(VigilRole.SECURITY_OFFICER, VigilRole.DPO));
    }

    /** The page's filters and sort ({@link IncidentFilter}, dates in the viewer's zone); cursor and limit unused. */
    @GetMapping("/incidents/export.csv")
    void export(@ModelAttribute IncidentFilter filter, @AuthenticationPrincipal VigilUser user,
                HttpServletResponse response) throws IOException {
        var query = filter.toQuery(user.ownHospital(), ZoneId.of(viewerTime.zoneId()));
        var from = query.startingAfter(null).limitedTo(IncidentQuery.MOST);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("incidents.csv").build().toString());
        var out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        try (var csv = new SpreadsheetCsv(out)) {
            IncidentCsv.header(csv);
            for (var page = list.page(from); ; page = list.page(from.startingAfter(page.next()))) {
                var running = obligations.runningOf(user.ownHospital(),
                        page.items().stream().map(RegisteredIncident::incidentId).toList());
                for (var incident : page.items()) {
                    IncidentCsv.row(csv, incident, running.get(incident.incidentId()));
                }
                if (page.next() == null) {
                    break;
                }
            }
        }
    }
}
