package eu.vigil.query.trends.web;

import eu.vigil.query.trends.SectorTrends;
import eu.vigil.security.EndpointRules;
import eu.vigil.security.VigilRole;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * The trends as JSON and each of their tables as CSV, for the CERT alone: aggregates over all hospitals, never a
 * hospital's id or pseudonym, a figure from fewer than three hospitals withheld.
 */
@RestController
class TrendsApiController {

    private final SectorTrends trends;
    private final Clock clock;

    TrendsApiController(SectorTrends trends, Clock clock) {
        this.trends = trends;
        this.clock = clock;
    }

    @Bean
    static EndpointRules trendsApiRules() {
        return rules -> rules.requestMatchers(HttpMethod.GET, "/api/cert/trends", "/cert/trends.csv")
                .hasRole(VigilRole.CERT_COORDINATOR.name());
    }

    @GetMapping("/api/cert/trends")
    SectorTrends.Trends trends(TrendFilter filter) {
        return trends.of(filter.toWindow(clock));
    }

    @GetMapping("/cert/trends.csv")
    void csv(TrendFilter filter, HttpServletResponse response) throws IOException {
        var csv = filter.toCsv(clock);
        var table = csv.table();
        var figures = trends.of(csv.window());
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("trends-" + table.code() + ".csv").build().toString());
        var out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        TrendsCsv.write(out, table, figures);
        out.flush();
    }
}
