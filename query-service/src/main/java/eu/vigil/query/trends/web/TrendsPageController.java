package eu.vigil.query.trends.web;

import eu.vigil.query.parameters.InvalidParametersException;
import eu.vigil.query.trends.SectorTrends;
import eu.vigil.security.EndpointRules;
import eu.vigil.security.VigilRole;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.time.Clock;

/**
 * The CERT's trends page: shares per ISO week by RSIT class and by patient-care impact, and the hospitals'
 * timeliness towards their authorities, each chart drawn in SVG beside the table of its numbers.
 */
@Controller
class TrendsPageController {

    private final SectorTrends trends;
    private final Clock clock;

    TrendsPageController(SectorTrends trends, Clock clock) {
        this.trends = trends;
        this.clock = clock;
    }

    @Bean
    static EndpointRules trendsPageRules() {
        return rules -> rules.requestMatchers(HttpMethod.GET, "/cert/trends")
                .hasRole(VigilRole.CERT_COORDINATOR.name());
    }

    @GetMapping("/cert/trends")
    String page(TrendFilter filter, Model model) {
        model.addAttribute("filter", filter).addAttribute("reports", SectorTrends.REPORTS);
        try {
            var window = filter.toWindow(clock);
            var figures = trends.of(window);
            model.addAttribute("trends", figures)
                    .addAttribute("weeklyChart", Charts.bars(figures.weeklyTotals(), SectorTrends.ShareCount::week))
                    .addAttribute("impactChart", Charts.bars(figures.impactTotals(), SectorTrends.ShareCount::group))
                    .addAttribute("timelinessChart",
                            Charts.medians(window.calendarMonths(), figures.timeliness(), SectorTrends.REPORTS));
        } catch (InvalidParametersException e) {
            model.addAttribute("problems", e.problems());
        }
        return "trends/trends";
    }
}
