package eu.vigil.query.drill.web;

import eu.vigil.query.drill.DrillReport;
import eu.vigil.query.drill.DrillReports;
import eu.vigil.query.drill.DrillSummary;
import eu.vigil.security.EndpointRules;
import eu.vigil.security.VigilAccess;
import eu.vigil.security.VigilRole;
import eu.vigil.security.VigilUser;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/**
 * The hospital's drill reports (ADR 0022) as JSON: its officer's and DPO's alone; another hospital's drill is not
 * found, as an unknown one.
 */
@RestController
@RequestMapping("/api/drill-reports")
class DrillReportApiController {

    private final DrillReports reports;

    DrillReportApiController(DrillReports reports) {
        this.reports = reports;
    }

    @Bean
    static EndpointRules drillReportRules() {
        return rules -> rules.requestMatchers(HttpMethod.GET, "/api/drill-reports", "/api/drill-reports/*",
                        "/drill-reports", "/drill-reports/*", "/drill-reports/*/pdf")
                .access(VigilAccess.inOwnHospital(VigilRole.SECURITY_OFFICER, VigilRole.DPO));
    }

    /** The hospital's drills side by side, the latest started first. */
    @GetMapping
    List<DrillSummary> list(@AuthenticationPrincipal VigilUser user) {
        return reports.ofHospital(user);
    }

    @GetMapping("/{drillId}")
    DrillReport report(@PathVariable UUID drillId, @AuthenticationPrincipal VigilUser user) {
        return reports.of(drillId, user);
    }
}
