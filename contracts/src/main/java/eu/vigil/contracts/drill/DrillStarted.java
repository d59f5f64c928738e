package eu.vigil.contracts.drill;

import com.fasterxml.jackson.annotation.JsonInclude;
import eu.vigil.contracts.HospitalId;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A hospital's security officer started a drill.
 *
 * @param scenarioId the shipped scenario it plays; null for a drill without one
 * @param scale      how much faster than real time its incidents' clocks run, 1 to {@value Exercise#MAX_SCALE}
 * @param script       the scenario's injects and expectations as they were at the start; empty for a drill without
 *                     a scenario (and for a drill started before drills carried their script)
 * @param participants the e-mail addresses its reminders and escalations go to, and only they; empty for the
 *                     hospital's DPO and security officer (as for a drill started before drills named participants)
 * @param scenarioTitle the scenario's title as it was at the start, by ISO 639-1 language code (the seven languages
 *                      of the pages), so that a report names it in its reader's language without a copy of the
 *                      catalogue; empty for a drill without a scenario (and for a drill started before drills carried
 *                      it, whose scenario a reader names by its id)
 */
public record DrillStarted(UUID drillId, HospitalId hospitalId, String scenarioId, String title, int scale,
                           Instant startedAt, List<ScriptedInject> script, List<String> participants,
                           @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> scenarioTitle)
        implements DrillEvent {

    public DrillStarted {
        script = script == null ? List.of() : List.copyOf(script);
        participants = participants == null ? List.of() : List.copyOf(participants);
        scenarioTitle = scenarioTitle == null ? Map.of() : Map.copyOf(scenarioTitle);
    }

    /** A drill whose start records no scenario title: one without a scenario. */
    public DrillStarted(UUID drillId, HospitalId hospitalId, String scenarioId, String title, int scale,
                        Instant startedAt, List<ScriptedInject> script, List<String> participants) {
        this(drillId, hospitalId, scenarioId, title, scale, startedAt, script, participants, Map.of());
    }

    /** The scenario's title in this language, else in English; null when the start recorded none. */
    public String scenarioTitleIn(String language) {
        return scenarioTitle.getOrDefault(language, scenarioTitle.get("en"));
    }
}
