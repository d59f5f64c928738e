package eu.vigil.command.incident.web.report;

import eu.vigil.command.incident.web.IncidentCommands;
import eu.vigil.command.incident.web.RecordedResponse;
import eu.vigil.command.incident.web.RequestIdentity;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.security.VigilUser;
import jakarta.validation.Valid;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;

import static eu.vigil.command.incident.web.RequestIdentity.IDEMPOTENCY_KEY;

@RestController
class IncidentApiController {

    private final IncidentCommands commands;
    private final Clock clock;

    IncidentApiController(IncidentCommands commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    /**
     * The hospital and the actor come from the token, never from the body (ADR 0004). A retry under the same
     * {@code Idempotency-Key} names the same incident, whose first event then already exists: it answers as the
     * first attempt did and records nothing.
     */
    @PostMapping("/api/incidents")
    ResponseEntity<RecordedResponse> report(@Valid @RequestBody ReportIncidentRequest request,
                                            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                                            @AuthenticationPrincipal VigilUser user) {
        var identity = RequestIdentity.of(key, user, request);
        var id = new IncidentId(identity.idFor("incident"));
        long sequence;
        try {
            sequence = commands.send(request.toCommand(id, HospitalId.of(user.ownHospital()), clock.instant()),
                    user, identity);
        } catch (AggregateStreamCreationException alreadyReported) {
            if (key == null) {
                throw alreadyReported;
            }
            commands.requireSameReport(id, identity);
            sequence = 0;
        }
        return ResponseEntity.created(URI.create("/api/incidents/" + id))
                .body(new RecordedResponse(id, null, sequence));
    }
}
