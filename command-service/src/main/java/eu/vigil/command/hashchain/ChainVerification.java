package eu.vigil.command.hashchain;

import com.fasterxml.jackson.annotation.JsonProperty;
import eu.vigil.contracts.IncidentId;

/**
 * The result of checking one incident's hash chain.
 *
 * @param events     how many stored events were checked
 * @param firstBreak the first link that does not hold, or null when the chain is intact
 */
public record ChainVerification(IncidentId incidentId, long events, BrokenLink firstBreak) {

    @JsonProperty("intact")
    public boolean intact() {
        return firstBreak == null;
    }

    /**
     * Where the chain breaks.
     *
     * @param problem {@code altered} (the stored link does not match the event), {@code missing-link} (an event
     *                without a link), {@code gap} (a sequence number is missing) or {@code unreadable} (the stored
     *                payload is no longer an event)
     */
    public record BrokenLink(long sequence, String eventId, String problem) {
    }
}
