package eu.vigil.query.feed.taxii;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.vigil.query.feed.FeedAudience;
import eu.vigil.query.feed.SharedIncident;
import eu.vigil.query.feed.SharedIncidents;
import eu.vigil.query.feed.export.StixBundles;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A collection's objects, a page at a time: per share, in the order the shares last changed (oldest first), the STIX
 * objects the feed's STIX export gives the reader for it (marking definitions, its publisher's identity, the report,
 * the indicators), with the same ids. Each object's "date added" is when its share last changed
 * ({@code query.shared_incident.changed_at}): a revised or withdrawn share comes again, after the others.
 * A share's identity and marking definitions come with each share that refers to them, the same version each time.
 */
@Component
public class TaxiiObjects {

    public static final int MOST = 500;
    public static final int DEFAULT_LIMIT = 100;
    private static final int SHARES_PER_QUERY = 200;

    private final SharedIncidents feed;
    private final TaxiiCursors cursors;

    TaxiiObjects(SharedIncidents feed, TaxiiCursors cursors) {
        this.feed = feed;
        this.cursors = cursors;
    }

    /** One object and when it was added to the collection. */
    public record Entry(ObjectNode object, Instant dateAdded) {

        public String id() {
            return object.get("id").asText();
        }

        /** A STIX object's version is its {@code modified}, or its {@code created} when it has none. */
        public String version() {
            return object.has("modified") ? object.get("modified").asText() : object.get("created").asText();
        }
    }

    /** @param next the {@code next} of the following page, null when {@code more} is false */
    public record Page(List<Entry> entries, boolean more, String next) {
    }

    /** The {@code match[...]} filters; an empty set matches everything. */
    public record Match(Set<String> ids, Set<String> types, Set<String> specVersions) {

        boolean test(JsonNode object) {
            return (ids.isEmpty() || ids.contains(object.path("id").asText()))
                    && (types.isEmpty() || types.contains(object.path("type").asText()))
                    && (specVersions.isEmpty() || specVersions.contains(object.path("spec_version").asText()));
        }
    }

    /**
     * At most {@code limit} objects that match, added after {@code addedAfter} (when given), from {@code from}
     * (the previous page's cursor, when given) on.
     */
    public Page page(FeedAudience audience, TaxiiCollection collection, Instant addedAfter, TaxiiCursor from,
                     Match match, int limit) {
        var entries = new ArrayList<Entry>();
        Instant at = from == null ? null : from.changedAt();
        UUID id = from == null ? null : from.incidentId();
        boolean inclusive = true; // the share the previous page ended in may have objects left
        TaxiiCursor last = null;
        while (true) {
            var shares = feed.inOrderOfChange(audience, collection.tlp(), addedAfter, at, id, inclusive,
                    SHARES_PER_QUERY);
            for (var share : shares) {
                var objects = objectsOf(share, match);
                for (int i = sentBefore(share, from); i < objects.size(); i++) {
                    if (entries.size() == limit) {
                        return new Page(entries, true, cursors.encode(last));
                    }
                    entries.add(new Entry(objects.get(i), share.changedAt()));
                    last = new TaxiiCursor(collection, share.changedAt(), UUID.fromString(share.incidentId()), i + 1);
                }
            }
            if (shares.size() < SHARES_PER_QUERY) {
                return new Page(entries, false, null);
            }
            var end = shares.get(shares.size() - 1);
            at = end.changedAt();
            id = UUID.fromString(end.incidentId());
            inclusive = false;
        }
    }

    private static int sentBefore(SharedIncident share, TaxiiCursor from) {
        // a share changed since the previous page has moved on in the order, and comes again whole
        return from != null && share.incidentId().equals(from.incidentId().toString())
                && share.changedAt().equals(from.changedAt()) ? from.sent() : 0;
    }

    private static List<ObjectNode> objectsOf(SharedIncident share, Match match) {
        var objects = new ArrayList<ObjectNode>();
        StixBundles.bundle(List.of(share)).path("objects").forEach(object -> {
            if (match.test(object)) {
                objects.add((ObjectNode) object);
            }
        });
        return objects;
    }
}
