package eu.vigil.query.feed.taxii.web;

import eu.vigil.query.feed.taxii.TaxiiCollection;
import eu.vigil.query.feed.taxii.TaxiiCursor;
import eu.vigil.query.feed.taxii.TaxiiCursors;
import eu.vigil.query.feed.taxii.TaxiiObjects;
import eu.vigil.query.parameters.InvalidParametersException;
import eu.vigil.query.parameters.InvalidParametersException.Problem;
import jakarta.servlet.http.HttpServletRequest;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The query parameters of a collection's objects and manifest, read as TAXII 2.1 defines them ({@code added_after},
 * {@code limit}, {@code next}, {@code match[id]}, {@code match[type]}, {@code match[spec_version]}; a list is
 * comma-separated or the parameter repeated); every bad one is refused at once, naming it. Others are ignored, as
 * the specification asks of filters a server does not support.
 */
record TaxiiParameters(Instant addedAfter, int limit, TaxiiCursor next, TaxiiObjects.Match match) {

    private static final Pattern TYPE = Pattern.compile("[a-z0-9][a-z0-9-]{1,249}");
    private static final Pattern ID = Pattern.compile(
            "[a-z0-9][a-z0-9-]{1,249}--[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}");
    private static final Pattern SPEC_VERSION = Pattern.compile("[0-9]\\.[0-9]{1,2}");
    private static final int MOST_VALUES = 100;

    static TaxiiParameters read(HttpServletRequest request, TaxiiCollection collection, TaxiiCursors cursors) {
        var problems = new ArrayList<Problem>();
        Instant addedAfter = null;
        String after = value(request, "added_after");
        if (after != null) {
            try {
                addedAfter = OffsetDateTime.parse(after).toInstant();
            } catch (DateTimeParseException e) {
                problems.add(new Problem("added_after", "must be a timestamp such as 2026-03-29T08:15:30.123456Z",
                        after));
            }
        }
        int limit = TaxiiObjects.DEFAULT_LIMIT;
        String asked = value(request, "limit");
        if (asked != null) {
            try {
                limit = Integer.parseInt(asked);
            } catch (NumberFormatException e) {
                limit = 0;
            }
            if (limit < 1 || limit > TaxiiObjects.MOST) {
                problems.add(new Problem("limit", "must be a whole number from 1 to " + TaxiiObjects.MOST, asked));
            }
        }
        TaxiiCursor next = null;
        String given = value(request, "next");
        if (given != null) {
            next = cursors.decode(given, collection).orElse(null);
            if (next == null) {
                problems.add(new Problem("next", "must be the next of the previous page of this collection, as "
                        + "given", given));
            }
        }
        var match = new TaxiiObjects.Match(list(request, "match[id]", ID, problems),
                list(request, "match[type]", TYPE, problems),
                list(request, "match[spec_version]", SPEC_VERSION, problems));
        if (!problems.isEmpty()) {
            throw new InvalidParametersException(problems);
        }
        return new TaxiiParameters(addedAfter, limit, next, match);
    }

    /** Whether the request asks for part of the collection only (so that finding nothing is no 404). */
    boolean narrowed() {
        return addedAfter != null || next != null || !match.types().isEmpty() || !match.specVersions().isEmpty();
    }

    private static String value(HttpServletRequest request, String name) {
        var values = request.getParameterValues(name);
        if (values == null) {
            return null;
        }
        String joined = String.join(",", values);
        return joined.isBlank() ? null : joined;
    }

    private static Set<String> list(HttpServletRequest request, String name, Pattern pattern, List<Problem> problems) {
        String joined = value(request, name);
        if (joined == null) {
            return Set.of();
        }
        var values = new LinkedHashSet<>(Arrays.stream(joined.split(",")).map(String::trim).toList());
        var bad = values.stream().filter(value -> !pattern.matcher(value).matches()).findFirst();
        if (bad.isPresent()) {
            problems.add(new Problem(name, "must be a comma-separated list of " + switch (name) {
                case "match[id]" -> "STIX ids such as indicator--44af6c9f-4bbc-4984-a74b-1404d1ac07ea";
                case "match[type]" -> "STIX types such as indicator";
                default -> "STIX versions such as 2.1";
            }, bad.get()));
        } else if (values.size() > MOST_VALUES) {
            problems.add(new Problem(name, "must list at most " + MOST_VALUES + " values", joined));
        }
        return Set.copyOf(values);
    }
}
