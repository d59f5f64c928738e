package eu.vigil.command.incident.web;

import eu.vigil.command.incident.CommandMetaData;
import eu.vigil.command.web.CurrentActor;
import eu.vigil.contracts.IncidentId;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;

@RestController
class IncidentApiController {

    private final CommandGateway commands;
    private final CurrentActor actor;
    private final Clock clock;

    IncidentApiController(CommandGateway commands, CurrentActor actor, Clock clock) {
        this.commands = commands;
        this.actor = actor;
        this.clock = clock;
    }

    @PostMapping("/api/incidents")
    ResponseEntity<ReportIncidentResponse> report(@Valid @RequestBody ReportIncidentRequest request) {
        var id = IncidentId.generate();
        commands.sendAndWait(request.toCommand(id, clock.instant()),
                CommandMetaData.of(actor.get(), request.hospitalId()));
        return ResponseEntity.created(URI.create("/api/incidents/" + id)).body(new ReportIncidentResponse(id));
    }
}
