package eu.vigil.command.drill.view;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A drill as its pages show it.
 *
 * @param scenarioId null for a drill without a shipped scenario
 * @param endedAt    null while it runs
 * @param lessons    the lessons learned last recorded; null until then
 * @param archivedAt   null unless archived
 * @param participants the addresses its reminders go to; empty for the hospital's DPO and security officer
 */
public record DrillRecord(UUID drillId, String hospitalId, String scenarioId, String title, int scale,
                          Instant startedAt, Instant endedAt, String lessons, Instant archivedAt,
                          List<String> participants) {

    public boolean ended() {
        return endedAt != null;
    }

    public boolean archived() {
        return archivedAt != null;
    }

    public boolean realTime() {
        return scale == 1;
    }
}
