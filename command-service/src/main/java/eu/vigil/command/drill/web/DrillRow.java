package eu.vigil.command.drill.web;

import eu.vigil.command.drill.scenario.ScenarioCatalogue;
import eu.vigil.command.drill.view.DrillRecord;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * A drill as a page names it.
 *
 * @param scenarioTitle the scenario's title in the page's language; null for a drill without one
 * @param scaleKey      message key of the clock in words: real time, an hour in a minute, or {@code scale} times faster
 */
record DrillRow(UUID id, String title, String scenarioTitle, int scale, String scaleKey, Instant startedAt,
                Instant endedAt, Instant archivedAt) {

    static DrillRow of(DrillRecord drill, ScenarioCatalogue scenarios, Locale locale) {
        String scenario = drill.scenarioId() == null ? null : scenarios.find(drill.scenarioId())
                .map(found -> found.title().in(locale)).orElse(drill.scenarioId());
        String scaleKey = switch (drill.scale()) {
            case 1 -> "drill.scale.realTime";
            case 60 -> "drill.scale.hourInAMinute";
            default -> "drill.scale.times";
        };
        return new DrillRow(drill.drillId(), drill.title(), scenario, drill.scale(), scaleKey, drill.startedAt(),
                drill.endedAt(), drill.archivedAt());
    }

    public boolean ended() {
        return endedAt != null;
    }

    public boolean archived() {
        return archivedAt != null;
    }
}
