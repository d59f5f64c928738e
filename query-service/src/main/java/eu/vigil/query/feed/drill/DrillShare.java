package eu.vigil.query.feed.drill;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import eu.vigil.query.feed.SharedIncident;

import java.util.UUID;

/**
 * A share of a drill's incident as the CERT reads it in the drill feed: the share as the real feed would show it, and
 * the drill it belongs to.
 *
 * @param exercise the drill the share names; its id and scale are null when the share did not name it
 */
public record DrillShare(@JsonUnwrapped SharedIncident share, Drill exercise) {

    /**
     * @param drillId the drill's id, as its hospital knows it
     * @param scale   how much faster than real time the drill's clocks run
     */
    public record Drill(UUID drillId, Integer scale) {
    }
}
