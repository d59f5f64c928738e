package eu.vigil.command.incident.web.indicator;

import eu.vigil.command.incident.WithdrawIndicator;
import eu.vigil.command.incident.web.IncidentCommands;
import eu.vigil.command.incident.web.RecordedResponse;
import eu.vigil.command.incident.web.RequestIdentity;
import eu.vigil.command.incident.web.WithdrawalRequest;
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
import java.util.UUID;

import static eu.vigil.command.incident.web.RequestIdentity.IDEMPOTENCY_KEY;

/** Indicators: each new one gets an id, the same on every retry of its request; one can be withdrawn. */
@RestController
class IndicatorApiController {

    private final IncidentCommands commands;

    IndicatorApiController(IncidentCommands commands) {
        this.commands = commands;
    }

    @PostMapping("/api/incidents/{id}/indicators")
    ResponseEntity<RecordedResponse> addIndicator(@PathVariable IncidentId id,
                                                  @Valid @RequestBody AddIndicatorRequest request,
                                                  @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                                                  @AuthenticationPrincipal VigilUser user) {
        var identity = RequestIdentity.of(key, user, request);
        UUID indicatorId = identity.idFor("indicator");
        long sequence = commands.send(request.toCommand(id, HospitalId.of(user.ownHospital()), indicatorId),
                user, identity);
        return ResponseEntity.created(URI.create("/api/incidents/" + id + "/indicators/" + indicatorId))
                .body(new RecordedResponse(id, indicatorId, sequence));
    }

    @PostMapping("/api/incidents/{id}/indicators/{indicatorId}/withdrawal")
    RecordedResponse withdrawIndicator(@PathVariable IncidentId id, @PathVariable UUID indicatorId,
                                       @Valid @RequestBody WithdrawalRequest request,
                                       @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                                       @AuthenticationPrincipal VigilUser user) {
        var command = new WithdrawIndicator(id, HospitalId.of(user.ownHospital()), indicatorId, request.reason());
        return new RecordedResponse(id, indicatorId, commands.send(command, user,
                RequestIdentity.of(key, user, request)));
    }
}
