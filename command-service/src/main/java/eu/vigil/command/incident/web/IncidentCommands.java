package eu.vigil.command.incident.web;

import eu.vigil.command.incident.CommandMetaData;
import eu.vigil.command.incident.RequestKeyReusedException;
import eu.vigil.contracts.Actor;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.security.VigilRole;
import eu.vigil.security.VigilUser;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.util.function.BiFunction;

/** Sends a user's command with who sent it, for which hospital and in which request: the API and forms share it. */
@Component
public class IncidentCommands {

    private final CommandGateway commands;
    private final EventStore events;

    IncidentCommands(CommandGateway commands, EventStore events) {
        this.commands = commands;
        this.events = events;
    }

    /** @return the sequence of the incident's last event after the command */
    public long send(Object command, VigilUser user, RequestIdentity request) {
        var hospital = HospitalId.of(user.ownHospital());
        Long sequence = commands.sendAndWait(command,
                CommandMetaData.of(new Actor(user.userId(), actingRole(user).name()), hospital, request.requestId(),
                        request.fingerprint()));
        return sequence;
    }

    /** An API change to an existing incident, answered with what it recorded: the incident's new sequence. */
    public RecordedResponse change(IncidentId id, BiFunction<IncidentId, HospitalId, Object> command, Object request,
                                   String idempotencyKey, VigilUser user) {
        var hospital = HospitalId.of(user.ownHospital());
        return new RecordedResponse(id, null,
                send(command.apply(id, hospital), user, RequestIdentity.of(idempotencyKey, user, request)));
    }

    /**
     * A report retried under its key meets the incident it created: the retry must have asked the same, or the key
     * was reused for another report.
     */
    public void requireSameReport(IncidentId incident, RequestIdentity request) {
        String first = events.readEvents(incident.toString()).asStream().findFirst()
                .map(event -> (String) event.getMetaData().get(CommandMetaData.REQUEST_FINGERPRINT)).orElse(null);
        if (first != null && !first.equals(request.fingerprint())) {
            throw new RequestKeyReusedException();
        }
    }

    private static VigilRole actingRole(VigilUser user) {
        return user.has(VigilRole.SECURITY_OFFICER) ? VigilRole.SECURITY_OFFICER
                : user.has(VigilRole.DPO) ? VigilRole.DPO
                : user.roles().iterator().next();
    }
}
