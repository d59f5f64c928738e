package eu.vigil.query.drill;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One drill in the hospital's list of drills side by side.
 *
 * @param toEarlyWarning from awareness to the NIS2 early warning, in the scenario's time; null when there was none
 * @param toNotification from awareness to the incident or GDPR notification, in the scenario's time; null when none
 * @param scenarioTitle  the scenario's title by ISO 639-1 language code; empty when the drill's start recorded none
 * @param deletedAt      when the drill was deleted, only its report kept (ADR 0023); null when it was not
 */
public record DrillSummary(UUID drillId, String title, String scenarioId, int scale, Instant startedAt,
                           Instant endedAt, Instant archivedAt, int met, int late, int missed, int pending,
                           Duration toEarlyWarning, Duration toNotification, Map<String, String> scenarioTitle,
                           Instant deletedAt) {

    static DrillSummary of(DrillReport report) {
        var headline = report.headline();
        return new DrillSummary(report.drillId(), report.title(), report.scenarioId(), report.scale(),
                report.startedAt(), report.endedAt(), report.archivedAt(), headline.met(), headline.late(),
                headline.missed(), headline.pending(),
                headline.earlyWarning() == null ? null : headline.earlyWarning().scenarioTime(),
                headline.notification() == null ? null : headline.notification().scenarioTime(),
                report.scenarioTitle(), report.deletedAt());
    }

    /** The scenario as a reader of this language names it: its title, else its English title, else its id. */
    public String scenarioIn(String language) {
        return DrillReport.scenarioName(scenarioTitle, scenarioId, language);
    }
}
