package eu.vigil.query.feed;

import eu.vigil.contracts.RsitCategory;
import eu.vigil.contracts.Tlp;
import eu.vigil.contracts.YesNoUnknown;
import eu.vigil.contracts.incident.PatientCareImpact;
import eu.vigil.contracts.incident.Severity;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * What a reader asks of the feed, newest change first: the filters (each null when not asked for), where the page
 * starts and how many shares it holds.
 *
 * @param publisher a hospital's id or pseudonym
 * @param country   the sharing hospital's ISO 3166-1 alpha-2 code
 * @param from      changed at or after
 * @param before    changed before
 */
public record FeedQuery(RsitCategory category, Severity severity, Tlp tlp, String publisher, String country,
                        Instant from, Instant before, YesNoUnknown crossBorder, PatientCareImpact impact, Cursor after,
                        int limit) {

    public static final int MOST = 200;
    public static final int DEFAULT_LIMIT = 50;

    /** The newest changes, unfiltered: the CERT home's glance at the feed. */
    public static FeedQuery newest(int limit) {
        return new FeedQuery(null, null, null, null, null, null, null, null, null, null, limit);
    }

    /** The last share of the previous page. */
    public record Cursor(Instant changedAt, UUID incidentId) {

        public String encode() {
            return Base64.getUrlEncoder().withoutPadding().encodeToString((changedAt + "_" + incidentId)
                    .getBytes(StandardCharsets.UTF_8));
        }

        public static Optional<Cursor> decode(String text) {
            try {
                var parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split("_", 2);
                return parts.length == 2 ? Optional.of(new Cursor(Instant.parse(parts[0]), UUID.fromString(parts[1])))
                        : Optional.empty();
            } catch (IllegalArgumentException | DateTimeParseException notACursor) {
                return Optional.empty();
            }
        }
    }
}
