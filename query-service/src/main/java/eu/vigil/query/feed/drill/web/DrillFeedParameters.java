package eu.vigil.query.feed.drill.web;

import eu.vigil.query.feed.FeedQuery;
import eu.vigil.query.parameters.InvalidParametersException;
import eu.vigil.query.parameters.InvalidParametersException.Problem;
import eu.vigil.query.parameters.Parameters;

import java.util.ArrayList;

/**
 * The drill feed's parameters as they come; a blank one is absent. {@link #read} refuses every bad one at once.
 *
 * @param cursor the {@code next} of the previous page
 * @param limit  shares per page, 1 to {@value FeedQuery#MOST}
 */
record DrillFeedParameters(String cursor, String limit) {

    record Read(FeedQuery.Cursor after, int limit) {
    }

    Read read() {
        var problems = new ArrayList<Problem>();
        FeedQuery.Cursor after = null;
        if (!Parameters.blank(cursor)) {
            after = FeedQuery.Cursor.decode(cursor).orElse(null);
            if (after == null) {
                problems.add(new Problem("cursor", "must be the next of the previous page", cursor));
            }
        }
        int shares = new Parameters(problems).limit("limit", limit, FeedQuery.DEFAULT_LIMIT, FeedQuery.MOST);
        if (!problems.isEmpty()) {
            throw new InvalidParametersException(problems);
        }
        return new Read(after, shares);
    }
}
