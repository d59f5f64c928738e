package eu.vigil.command.incident.web.assessment;

import eu.vigil.command.incident.web.IncidentCommands;
import eu.vigil.command.incident.web.RecordedResponse;
import eu.vigil.contracts.IncidentId;
import eu.vigil.security.VigilUser;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;

import static eu.vigil.command.incident.web.RequestIdentity.IDEMPOTENCY_KEY;

/** Classification and the assessments of impact, personal data and significance: each answers with the new sequence. */
@RestController
class AssessmentApiController {

    private final IncidentCommands commands;
    private final Clock clock;

    AssessmentApiController(IncidentCommands commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    @PutMapping("/api/incidents/{id}/classification")
    RecordedResponse classify(@PathVariable IncidentId id, @Valid @RequestBody ClassifyIncidentRequest request,
                              @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                              @AuthenticationPrincipal VigilUser user) {
        return commands.change(id, request::toCommand, request, key, user);
    }

    @PutMapping("/api/incidents/{id}/impact")
    RecordedResponse assessImpact(@PathVariable IncidentId id, @Valid @RequestBody AssessImpactRequest request,
                                  @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                                  @AuthenticationPrincipal VigilUser user) {
        return commands.change(id, request::toCommand, request, key, user);
    }

    @PutMapping("/api/incidents/{id}/personal-data")
    RecordedResponse assessPersonalData(@PathVariable IncidentId id,
                                        @Valid @RequestBody AssessPersonalDataRequest request,
                                        @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                                        @AuthenticationPrincipal VigilUser user) {
        return commands.change(id, (incident, hospital) -> request.toCommand(incident, hospital, clock.instant()),
                request, key, user);
    }

    @PutMapping("/api/incidents/{id}/significance")
    RecordedResponse assessSignificance(@PathVariable IncidentId id,
                                        @Valid @RequestBody AssessSignificanceRequest request,
                                        @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                                        @AuthenticationPrincipal VigilUser user) {
        return commands.change(id, request::toCommand, request, key, user);
    }
}
