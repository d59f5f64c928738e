package eu.vigil.query.feed.web;

import eu.vigil.contracts.Tlp;
import eu.vigil.contracts.YesNoUnknown;
import eu.vigil.contracts.incident.PatientCareImpact;
import eu.vigil.contracts.incident.Severity;
import eu.vigil.query.feed.FeedQuery;
import eu.vigil.query.parameters.InvalidParametersException;
import eu.vigil.query.parameters.InvalidParametersException.Problem;
import eu.vigil.query.parameters.Parameters;

import java.time.ZoneId;
import java.util.ArrayList;

/**
 * The feed's parameters as they come (the page's GET form, the API's query string); a blank one is absent.
 * {@link #toQuery} reads them all and refuses every bad one at once.
 *
 * @param publisher a hospital's id or pseudonym, as the feed shows it
 * @param country   the sharing hospital's ISO 3166-1 alpha-2 code, in capitals
 * @param from      changed on or after: a date (from its start in the reader's zone) or an ISO-8601 instant
 * @param to        changed on or before a date (to its end in the reader's zone), or before an ISO-8601 instant
 * @param cursor    the {@code next} of the previous page
 */
record FeedFilter(String category, String severity, String tlp, String publisher, String country, String from,
                  String to, String crossBorder, String impact, String cursor, String limit) {

    FeedQuery toQuery(ZoneId zone) {
        var problems = new ArrayList<Problem>();
        var read = new Parameters(problems);
        FeedQuery.Cursor after = null;
        if (!Parameters.blank(cursor)) {
            after = FeedQuery.Cursor.decode(cursor).orElse(null);
            if (after == null) {
                problems.add(new Problem("cursor", "must be the next of the previous page", cursor));
            }
        }
        var query = new FeedQuery(read.category(category),
                read.code("severity", severity, Severity.values(), Severity::code),
                read.code("tlp", tlp, new Tlp[] {Tlp.CLEAR, Tlp.GREEN, Tlp.AMBER, Tlp.AMBER_STRICT}, Tlp::code),
                read.text("publisher", publisher), read.country("country", country),
                read.instant("from", from, zone, false), read.instant("to", to, zone, true),
                read.code("crossBorder", crossBorder, YesNoUnknown.values(), YesNoUnknown::code),
                read.code("impact", impact, PatientCareImpact.values(), PatientCareImpact::code),
                after, read.limit("limit", limit, FeedQuery.DEFAULT_LIMIT, FeedQuery.MOST));
        if (query.from() != null && query.before() != null && !query.from().isBefore(query.before())) {
            problems.add(new Problem("to", "must be after from", to));
        }
        if (!problems.isEmpty()) {
            throw new InvalidParametersException(problems);
        }
        return query;
    }
}
