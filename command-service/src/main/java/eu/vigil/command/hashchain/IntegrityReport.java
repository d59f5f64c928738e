package eu.vigil.command.hashchain;

import com.fasterxml.jackson.annotation.JsonProperty;
import eu.vigil.contracts.IncidentId;
import eu.vigil.eventstore.hashchain.ChainVerification.BrokenLink;

/**
 * The result of checking one incident's hash chain.
 *
 * @param events     how many stored events were checked
 * @param firstBreak the first link that does not hold, or null when the chain is intact
 */
public record IntegrityReport(IncidentId incidentId, long events, BrokenLink firstBreak) {

    @JsonProperty("intact")
    public boolean intact() {
        return firstBreak == null;
    }
}
