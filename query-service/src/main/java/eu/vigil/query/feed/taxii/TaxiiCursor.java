package eu.vigil.query.feed.taxii;

import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;

/**
 * Where the next page of a collection starts: the share whose objects the last page ended in (the keyset
 * {@code (changed_at, incident_id)}) and how many of that share's matching objects it had already sent.
 */
public record TaxiiCursor(TaxiiCollection collection, Instant changedAt, UUID incidentId, int sent) {

    String payload() {
        return collection.id() + "|" + changedAt + "|" + incidentId + "|" + sent;
    }

    static TaxiiCursor parse(String payload) {
        var parts = payload.split("\\|", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException("not a cursor");
        }
        var collection = Arrays.stream(TaxiiCollection.values())
                .filter(candidate -> candidate.id().toString().equals(parts[0])).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a collection"));
        int sent = Integer.parseInt(parts[3]);
        if (sent < 0) {
            throw new IllegalArgumentException("negative");
        }
        return new TaxiiCursor(collection, Instant.parse(parts[1]), UUID.fromString(parts[2]), sent);
    }
}
