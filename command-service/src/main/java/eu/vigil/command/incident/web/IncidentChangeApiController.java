package eu.vigil.command.incident.web;

import eu.vigil.contracts.HospitalId;
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
import java.util.function.BiFunction;

import static eu.vigil.command.incident.web.IncidentApiController.IDEMPOTENCY_KEY;

/** Changes to an incident's awareness, classification, assessments and phase: each answers with the new sequence. */
@RestController
class IncidentChangeApiController {

    private final IncidentCommands commands;
    private final Clock clock;

    IncidentChangeApiController(IncidentCommands commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    @PostMapping("/api/incidents/{id}/awareness-corrections")
    RecordedResponse correctAwareness(@PathVariable IncidentId id, @Valid @RequestBody CorrectAwarenessRequest request,
                                      @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                                      @AuthenticationPrincipal VigilUser user) {
        return send(id, (incident, hospital) -> request.toCommand(incident, hospital, clock.instant()), request, key,
                user);
    }

    @PutMapping("/api/incidents/{id}/classification")
    RecordedResponse classify(@PathVariable IncidentId id, @Valid @RequestBody ClassifyIncidentRequest request,
                              @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                              @AuthenticationPrincipal VigilUser user) {
        return send(id, request::toCommand, request, key, user);
    }

    @PutMapping("/api/incidents/{id}/impact")
    RecordedResponse assessImpact(@PathVariable IncidentId id, @Valid @RequestBody AssessImpactRequest request,
                                  @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                                  @AuthenticationPrincipal VigilUser user) {
        return send(id, request::toCommand, request, key, user);
    }

    @PutMapping("/api/incidents/{id}/personal-data")
    RecordedResponse assessPersonalData(@PathVariable IncidentId id,
                                        @Valid @RequestBody AssessPersonalDataRequest request,
                                        @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                                        @AuthenticationPrincipal VigilUser user) {
        return send(id, request::toCommand, request, key, user);
    }

    @PutMapping("/api/incidents/{id}/significance")
    RecordedResponse assessSignificance(@PathVariable IncidentId id,
                                        @Valid @RequestBody AssessSignificanceRequest request,
                                        @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                                        @AuthenticationPrincipal VigilUser user) {
        return send(id, request::toCommand, request, key, user);
    }

    @PostMapping("/api/incidents/{id}/phase-changes")
    RecordedResponse changePhase(@PathVariable IncidentId id, @Valid @RequestBody ChangePhaseRequest request,
                                 @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                                 @AuthenticationPrincipal VigilUser user) {
        return send(id, request::toCommand, request, key, user);
    }

    @PostMapping("/api/incidents/{id}/reopenings")
    RecordedResponse reopen(@PathVariable IncidentId id, @Valid @RequestBody ReopenIncidentRequest request,
                            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                            @AuthenticationPrincipal VigilUser user) {
        return send(id, request::toCommand, request, key, user);
    }

    private RecordedResponse send(IncidentId id, BiFunction<IncidentId, HospitalId, Object> command, Object request,
                                  String key, VigilUser user) {
        var hospital = HospitalId.of(user.ownHospital());
        return new RecordedResponse(id, null,
                commands.send(command.apply(id, hospital), user, RequestIdentity.of(key, user, request)));
    }
}
