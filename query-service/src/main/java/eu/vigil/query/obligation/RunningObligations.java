package eu.vigil.query.obligation;

import java.time.Instant;

/**
 * An incident's obligations still running (open or late), for the incident list.
 *
 * @param count   how many
 * @param nextDue the earliest due instant among them; null when none has one ("without undue delay")
 */
public record RunningObligations(int count, Instant nextDue) {
}
