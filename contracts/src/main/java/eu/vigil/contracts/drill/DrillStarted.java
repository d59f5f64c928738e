package eu.vigil.contracts.drill;

import eu.vigil.contracts.HospitalId;

import java.time.Instant;
import java.util.List;
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
 */
public record DrillStarted(UUID drillId, HospitalId hospitalId, String scenarioId, String title, int scale,
                           Instant startedAt, List<ScriptedInject> script, List<String> participants)
        implements DrillEvent {

    public DrillStarted {
        script = script == null ? List.of() : List.copyOf(script);
        participants = participants == null ? List.of() : List.copyOf(participants);
    }
}
