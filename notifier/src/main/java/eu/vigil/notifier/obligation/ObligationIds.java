package eu.vigil.notifier.obligation;

import eu.vigil.contracts.IncidentId;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * An obligation's id follows from its incident and rule, so the same incident event delivered twice addresses
 * the same aggregate instead of opening a second one.
 */
public final class ObligationIds {

    private ObligationIds() {
    }

    public static UUID of(IncidentId incident, String ruleId) {
        return UUID.nameUUIDFromBytes(("obligation:" + incident + ":" + ruleId).getBytes(StandardCharsets.UTF_8));
    }
}
