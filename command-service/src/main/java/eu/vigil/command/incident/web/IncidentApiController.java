package eu.vigil.command.incident.web;

import eu.vigil.command.incident.CommandMetaData;
import eu.vigil.contracts.Actor;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.security.VigilRole;
import eu.vigil.security.VigilUser;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;

@RestController
class IncidentApiController {

    private final CommandGateway commands;
    private final Clock clock;

    IncidentApiController(CommandGateway commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    /** The hospital and the actor come from the token, never from the body (ADR 0004). */
    @PostMapping("/api/incidents")
    ResponseEntity<ReportIncidentResponse> report(@Valid @RequestBody ReportIncidentRequest request,
                                                  @AuthenticationPrincipal VigilUser user) {
        var id = IncidentId.generate();
        var hospital = HospitalId.of(user.ownHospital());
        commands.sendAndWait(request.toCommand(id, hospital, clock.instant()),
                CommandMetaData.of(new Actor(user.userId(), VigilRole.SECURITY_OFFICER.name()), hospital));
        return ResponseEntity.created(URI.create("/api/incidents/" + id)).body(new ReportIncidentResponse(id));
    }
}
