package eu.vigil.command.incident.web.sharing;

import eu.vigil.command.incident.WithdrawShare;
import eu.vigil.command.incident.web.IncidentCommands;
import eu.vigil.command.incident.web.RecordedResponse;
import eu.vigil.command.incident.web.RequestIdentity;
import eu.vigil.command.incident.web.WithdrawalRequest;
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

import static eu.vigil.command.incident.web.RequestIdentity.IDEMPOTENCY_KEY;

/** The incident's share with the sector CERT: put it (first share or update) or withdraw it. */
@RestController
class SharingApiController {

    private final IncidentCommands commands;

    SharingApiController(IncidentCommands commands) {
        this.commands = commands;
    }

    @PutMapping("/api/incidents/{id}/share")
    RecordedResponse share(@PathVariable IncidentId id, @Valid @RequestBody ShareIncidentRequest request,
                           @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                           @AuthenticationPrincipal VigilUser user) {
        var command = request.toCommand(id, HospitalId.of(user.ownHospital()));
        return new RecordedResponse(id, null, commands.send(command, user, RequestIdentity.of(key, user, request)));
    }

    @PostMapping("/api/incidents/{id}/share/withdrawal")
    RecordedResponse withdraw(@PathVariable IncidentId id, @Valid @RequestBody WithdrawalRequest request,
                              @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                              @AuthenticationPrincipal VigilUser user) {
        var command = new WithdrawShare(id, HospitalId.of(user.ownHospital()), request.reason());
        return new RecordedResponse(id, null, commands.send(command, user, RequestIdentity.of(key, user, request)));
    }
}
