package eu.vigil.command.incident.web.phase;

import eu.vigil.command.incident.web.IncidentCommands;
import eu.vigil.command.incident.web.RecordedResponse;
import eu.vigil.contracts.IncidentId;
import eu.vigil.security.VigilUser;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;

import static eu.vigil.command.incident.web.RequestIdentity.IDEMPOTENCY_KEY;

/**
 * Awareness corrections, phase changes, reopenings, the handling's conclusion and the end of the impact: each answers
 * with the incident's new sequence.
 */
@RestController
class PhaseApiController {

    private final IncidentCommands commands;
    private final Clock clock;

    PhaseApiController(IncidentCommands commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    @PostMapping("/api/incidents/{id}/awareness-corrections")
    RecordedResponse correctAwareness(@PathVariable IncidentId id, @Valid @RequestBody CorrectAwarenessRequest request,
                                      @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                                      @AuthenticationPrincipal VigilUser user) {
        return commands.change(id, (incident, hospital) -> request.toCommand(incident, hospital, clock.instant()),
                request, key, user);
    }

    @PostMapping("/api/incidents/{id}/phase-changes")
    RecordedResponse changePhase(@PathVariable IncidentId id, @Valid @RequestBody ChangePhaseRequest request,
                                 @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                                 @AuthenticationPrincipal VigilUser user) {
        return commands.change(id, request::toCommand, request, key, user);
    }

    @PostMapping("/api/incidents/{id}/reopenings")
    RecordedResponse reopen(@PathVariable IncidentId id, @Valid @RequestBody ReopenIncidentRequest request,
                            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                            @AuthenticationPrincipal VigilUser user) {
        return commands.change(id, request::toCommand, request, key, user);
    }

    @PutMapping("/api/incidents/{id}/handling-concluded")
    RecordedResponse concludeHandling(@PathVariable IncidentId id, @Valid @RequestBody ConcludeHandlingRequest request,
                                      @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                                      @AuthenticationPrincipal VigilUser user) {
        return commands.change(id, (incident, hospital) -> request.toCommand(incident, hospital, clock.instant()),
                request, key, user);
    }

    @PutMapping("/api/incidents/{id}/impact-ended")
    RecordedResponse recordImpactEnded(@PathVariable IncidentId id,
                                       @Valid @RequestBody RecordImpactEndedRequest request,
                                       @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                                       @AuthenticationPrincipal VigilUser user) {
        return commands.change(id, (incident, hospital) -> request.toCommand(incident, hospital, clock.instant()),
                request, key, user);
    }
}
