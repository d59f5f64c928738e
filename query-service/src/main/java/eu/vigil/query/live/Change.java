package eu.vigil.query.live;

import java.util.UUID;

/**
 * An incident whose read model changed, as NOTIFY carries it: {@code <incident id> <hospital id>}, then
 * {@code  shared} when it is the incident's share in the CERT feed that changed.
 */
record Change(String hospitalId, UUID incidentId, boolean shared) {

    private static final String SHARED = " shared";

    String payload() {
        return incidentId + " " + hospitalId + (shared ? SHARED : "");
    }

    /** @throws IllegalArgumentException for a payload no {@link ReadModelChanges} wrote */
    static Change of(String payload) {
        boolean shared = payload.endsWith(SHARED);
        String change = shared ? payload.substring(0, payload.length() - SHARED.length()) : payload;
        int space = change.indexOf(' ');
        if (space < 0) {
            throw new IllegalArgumentException("Not a read model change: " + payload);
        }
        return new Change(change.substring(space + 1), UUID.fromString(change.substring(0, space)), shared);
    }
}
