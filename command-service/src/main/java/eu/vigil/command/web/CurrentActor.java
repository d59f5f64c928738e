package eu.vigil.command.web;

import eu.vigil.contracts.Actor;
import org.springframework.stereotype.Component;

/**
 * Who is sending the current request. Until login exists (issue 4: one address, one login) every request acts
 * as the same unauthenticated actor, recorded as such in each event so that those events stay recognisable.
 */
@Component
public class CurrentActor {

    static final Actor UNAUTHENTICATED = new Actor("unauthenticated", "UNAUTHENTICATED");

    public Actor get() {
        return UNAUTHENTICATED;
    }
}
