package eu.vigil.command.incident.web.timeline;

import eu.vigil.command.incident.web.IncidentCommands;
import eu.vigil.command.incident.web.RecordedResponse;
import eu.vigil.command.incident.web.RequestIdentity;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.security.VigilUser;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;
import java.util.UUID;

import static eu.vigil.command.incident.web.RequestIdentity.IDEMPOTENCY_KEY;

/** Timeline entries: each new one gets an id, the same on every retry of its request. */
@RestController
class TimelineApiController {

    private final IncidentCommands commands;
    private final Clock clock;

    TimelineApiController(IncidentCommands commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    @PostMapping("/api/incidents/{id}/timeline")
    ResponseEntity<RecordedResponse> appendEntry(@PathVariable IncidentId id,
                                                 @Valid @RequestBody AppendTimelineEntryRequest request,
                                                 @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                                                 @AuthenticationPrincipal VigilUser user) {
        var identity = RequestIdentity.of(key, user, request);
        UUID entryId = identity.idFor("timeline-entry");
        long sequence = commands.send(request.toCommand(id, HospitalId.of(user.ownHospital()), entryId,
                clock.instant()), user, identity);
        return ResponseEntity.created(URI.create("/api/incidents/" + id + "/timeline/" + entryId))
                .body(new RecordedResponse(id, entryId, sequence));
    }
}
