package eu.vigil.query.register.web;

import eu.vigil.query.parameters.Parameters;
import eu.vigil.contracts.incident.Phase;
import eu.vigil.contracts.incident.Severity;
import eu.vigil.query.register.DrillFilter;
import eu.vigil.query.register.IncidentQuery;
import eu.vigil.query.register.IncidentSort;
import eu.vigil.query.parameters.InvalidParametersException;
import eu.vigil.query.parameters.InvalidParametersException.Problem;
import eu.vigil.query.register.ObligationFilter;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The incident list's parameters as they come (the page's GET form, the API's and the export's query string);
 * a blank one is absent. {@link #toQuery} reads them all and refuses every bad one at once.
 *
 * @param from   awareness on or after: a date (from its start in the viewer's zone) or an ISO-8601 instant
 * @param to     awareness on or before a date (to its end in the viewer's zone), or before an ISO-8601 instant
 * @param q      words of the summary, at most 200 characters on one line
 * @param drills incidents of drills: {@code hide} (the default), {@code show} with real ones, or {@code only}
 * @param cursor the {@code next} of the previous page
 */
record IncidentFilter(String phase, String category, String severity, String from, String to, String obligations,
                      String q, String drills, String sort, String cursor, String limit) {

    IncidentQuery toQuery(String hospitalId, ZoneId zone) {
        var problems = new ArrayList<Problem>();
        var read = new Parameters(problems);
        var query = new IncidentQuery(hospitalId,
                read.code("phase", phase, Phase.values(), Phase::code),
                read.category(category),
                read.code("severity", severity, Severity.values(), Severity::code),
                read.instant("from", from, zone, false), read.instant("to", to, zone, true),
                read.code("obligations", obligations, ObligationFilter.values(), ObligationFilter::code),
                read.text("q", q),
                Optional.ofNullable(read.code("drills", drills, DrillFilter.values(), DrillFilter::code))
                        .orElse(DrillFilter.HIDE),
                Optional.ofNullable(read.code("sort", sort, IncidentSort.values(), IncidentSort::code))
                        .orElse(IncidentSort.AWARE_AT),
                null, read.limit("limit", limit, IncidentQuery.DEFAULT_LIMIT, IncidentQuery.MOST));
        var paged = query;
        if (!Parameters.blank(cursor)) {
            var after = query.readCursor(cursor);
            if (after.isEmpty()) {
                problems.add(new Problem("cursor", "must be the next of the previous page, with the same filters",
                        cursor));
            } else {
                paged = query.startingAfter(after.get());
            }
        }
        if (query.awareFrom() != null && query.awareBefore() != null
                && !query.awareFrom().isBefore(query.awareBefore())) {
            problems.add(new Problem("to", "must be after from", to));
        }
        if (!problems.isEmpty()) {
            throw new InvalidParametersException(problems);
        }
        return paged;
    }

    /** The filters and the order as a query string ("?phase=…&q=…", or "" when none), without cursor and limit. */
    String filters() {
        var query = new StringBuilder();
        add(query, "phase", phase).add(query, "category", category).add(query, "severity", severity)
                .add(query, "from", from).add(query, "to", to).add(query, "obligations", obligations)
                .add(query, "q", q).add(query, "drills", drills).add(query, "sort", sort);
        return query.toString();
    }

    /** The same filters and page size, from the page that starts after this cursor. */
    String nextPage(String next) {
        var query = new StringBuilder(filters());
        add(query, "cursor", next).add(query, "limit", limit);
        return query.toString();
    }

    /**
     * Whether any filter is set: the order alone filters nothing, nor do drills hidden (the default) or shown
     * beside real incidents; drills' incidents alone is a filter.
     */
    boolean any() {
        return Stream.of(phase, category, severity, from, to, obligations, q)
                .anyMatch(value -> !Parameters.blank(value)) || DrillFilter.ONLY.code().equals(drills);
    }

    /** The drills' choice the form shows selected: {@code hide} when none was made (public for the template). */
    public String drillsChoice() {
        return Parameters.blank(drills) ? DrillFilter.HIDE.code() : drills;
    }

    /** The same filters and order with another drills' choice, from the first page. */
    IncidentFilter withDrills(DrillFilter choice) {
        return new IncidentFilter(phase, category, severity, from, to, obligations, q, choice.code(), sort, null,
                limit);
    }

    private IncidentFilter add(StringBuilder query, String name, String value) {
        if (!Parameters.blank(value)) {
            query.append(query.length() == 0 ? '?' : '&').append(name).append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
        return this;
    }
}
