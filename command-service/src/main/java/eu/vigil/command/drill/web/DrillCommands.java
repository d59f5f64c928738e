package eu.vigil.command.drill.web;

import eu.vigil.eventstore.EventStoreAutoConfiguration;
import eu.vigil.security.VigilRole;
import eu.vigil.security.VigilUser;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

/**
 * Sends a drill command with who sent it and for which hospital (eventstore-kit's actor metadata, carried to the
 * drill's events), so that the drill's report can say who did what.
 */
@Component
class DrillCommands {

    private final CommandGateway commands;

    DrillCommands(CommandGateway commands) {
        this.commands = commands;
    }

    void send(Object command, VigilUser user) {
        VigilRole role = user.has(VigilRole.SECURITY_OFFICER) ? VigilRole.SECURITY_OFFICER
                : user.roles().iterator().next();
        commands.sendAndWait(command, MetaData.with(EventStoreAutoConfiguration.ACTOR_ID, user.userId())
                .and(EventStoreAutoConfiguration.ACTOR_ROLE, role.name())
                .and(EventStoreAutoConfiguration.HOSPITAL_ID, user.ownHospital()));
    }
}
