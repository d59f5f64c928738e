package eu.vigil.query.live;

import java.util.UUID;

/** An incident whose read model changed, as NOTIFY carries it: {@code <incident id> <hospital id>}. */
record Change(String hospitalId, UUID incidentId) {

    String payload() {
        return incidentId + " " + hospitalId;
    }

    /** @throws IllegalArgumentException for a payload no {@link ReadModelChanges} wrote */
    static Change of(String payload) {
        int space = payload.indexOf(' ');
        if (space < 0) {
            throw new IllegalArgumentException("Not a read model change: " + payload);
        }
        return new Change(payload.substring(space + 1), UUID.fromString(payload.substring(0, space)));
    }
}
