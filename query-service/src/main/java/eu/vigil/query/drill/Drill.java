package eu.vigil.query.drill;

import eu.vigil.contracts.drill.DrillArchived;
import eu.vigil.contracts.drill.DrillEnded;
import eu.vigil.contracts.drill.DrillEvent;
import eu.vigil.contracts.drill.DrillStarted;
import eu.vigil.contracts.drill.LessonsRecorded;
import eu.vigil.contracts.drill.ScriptedInject;
import eu.vigil.query.projection.UnhandledEventException;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A drill as its events tell it: one row of {@code query.drill}, and the fold {@link DrillProjection} applies each
 * event to, in the drill's order.
 *
 * @param scenarioId   the shipped scenario it plays; null for a drill without one
 * @param scale        how much faster than real time its clocks run
 * @param script       the injects and expectations as they were at the start; empty without a scenario
 * @param scenarioTitle the scenario's title as it was at the start, by ISO 639-1 language code; empty without a
 *                      scenario and for a drill started before its start carried the title
 * @param lastSequence the drill's last event applied, -1 before any
 */
public record Drill(UUID drillId, String hospitalId, String title, String scenarioId, int scale, Instant startedAt,
                    Instant endedAt, String lessons, Instant lessonsRecordedAt, Instant archivedAt,
                    List<ScriptedInject> script, Map<String, String> scenarioTitle, long lastSequence) {

    static final Drill NONE = new Drill(null, null, null, null, 1, null, null, null, null, null, List.of(), Map.of(),
            -1);

    public Drill {
        script = script == null ? List.of() : List.copyOf(script);
        scenarioTitle = scenarioTitle == null ? Map.of() : Map.copyOf(scenarioTitle);
    }

    public boolean ended() {
        return endedAt != null;
    }

    /** The drill after its next event. */
    Drill next(DrillEvent event) {
        long sequence = lastSequence + 1;
        if (event instanceof DrillStarted started) {
            return new Drill(started.drillId(), started.hospitalId().value(), started.title(), started.scenarioId(),
                    started.scale(), started.startedAt(), null, null, null, null, started.script(),
                    started.scenarioTitle(), sequence);
        }
        if (event instanceof DrillEnded ended) {
            return new Drill(drillId, hospitalId, title, scenarioId, scale, startedAt, ended.endedAt(), lessons,
                    lessonsRecordedAt, archivedAt, script, scenarioTitle, sequence);
        }
        if (event instanceof LessonsRecorded recorded) {
            return new Drill(drillId, hospitalId, title, scenarioId, scale, startedAt, endedAt, recorded.text(),
                    recorded.recordedAt(), archivedAt, script, scenarioTitle, sequence);
        }
        if (event instanceof DrillArchived archived) {
            return new Drill(drillId, hospitalId, title, scenarioId, scale, startedAt, endedAt, lessons,
                    lessonsRecordedAt, archived.archivedAt(), script, scenarioTitle, sequence);
        }
        throw new UnhandledEventException("drills", event);
    }
}
