package eu.vigil.query.register;

import eu.vigil.contracts.RsitCategory;
import eu.vigil.contracts.incident.Phase;
import eu.vigil.contracts.incident.Severity;

import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the incident list shows of one hospital: the filters (each null when not asked for), the order, where the
 * page starts and how many rows it holds. The page, the API and the CSV export read the list through this one
 * query.
 *
 * @param awareFrom   awareness at or after this instant
 * @param awareBefore awareness before this instant
 * @param text        words the summary must hold, each as the start of a word of it, in any order
 * @param drills      whether drills' incidents are left out, listed with real ones, or listed alone
 * @param after       the end of the previous page; null for the first page
 * @param limit       rows per page, 1 to {@link #MOST}
 */
public record IncidentQuery(String hospitalId, Phase phase, RsitCategory category, Severity severity,
                            Instant awareFrom, Instant awareBefore, ObligationFilter obligations, String text,
                            DrillFilter drills, IncidentSort sort, IncidentCursor after, int limit) {

    public static final int MOST = 200;
    public static final int DEFAULT_LIMIT = 50;
    private static final int MOST_WORDS = 20;

    public IncidentQuery {
        Objects.requireNonNull(hospitalId, "hospitalId");
        Objects.requireNonNull(drills, "drills");
        Objects.requireNonNull(sort, "sort");
        if (limit < 1 || limit > MOST) {
            throw new IllegalArgumentException("limit " + limit + " is not within 1.." + MOST);
        }
    }

    /** The cursor a page of this query handed out, or empty when the text is none (edited, or for other filters). */
    public Optional<IncidentCursor> readCursor(String cursor) {
        return IncidentCursor.decode(cursor, fingerprint());
    }

    public String cursorText(IncidentCursor cursor) {
        return cursor.encode(fingerprint());
    }

    public IncidentQuery startingAfter(IncidentCursor cursor) {
        return new IncidentQuery(hospitalId, phase, category, severity, awareFrom, awareBefore, obligations, text,
                drills, sort, cursor, limit);
    }

    public IncidentQuery limitedTo(int rows) {
        return new IncidentQuery(hospitalId, phase, category, severity, awareFrom, awareBefore, obligations, text,
                drills, sort, after, rows);
    }

    /** The same filters and order over the drills' incidents alone: what hiding drills leaves out of this query. */
    public IncidentQuery drillsOnly() {
        return new IncidentQuery(hospitalId, phase, category, severity, awareFrom, awareBefore, obligations, text,
                DrillFilter.ONLY, sort, null, limit);
    }

    // what a cursor belongs to: the hospital, the filters and the order, not the page size
    String fingerprint() {
        return String.join("|", hospitalId, codeOf(phase == null ? null : phase.code()),
                codeOf(category == null ? null : category.code()), codeOf(severity == null ? null : severity.code()),
                String.valueOf(awareFrom), String.valueOf(awareBefore),
                codeOf(obligations == null ? null : obligations.code()), tsQuery(), drills.code(), sort.code());
    }

    /**
     * The text as a PostgreSQL tsquery: each word a prefix, all required. Words are runs of letters and digits
     * only, so nothing of the text can be read as tsquery syntax; null when there is no text.
     */
    String tsQuery() {
        String words = words(text);
        return words.isEmpty() ? null : words;
    }

    private static String words(String text) {
        if (text == null) {
            return "";
        }
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !word.isEmpty()).limit(MOST_WORDS)
                .map(word -> word + ":*").collect(Collectors.joining(" & "));
    }

    private static String codeOf(String code) {
        return code == null ? "" : code;
    }
}
