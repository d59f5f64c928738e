package eu.vigil.command.drill.scenario;

import eu.vigil.contracts.drill.ScriptedExpectation;
import eu.vigil.security.VigilRole;

/**
 * Who should do what by when, checked later against the incident's and its obligations' events.
 *
 * @param who a role of the hospital: {@link VigilRole#SECURITY_OFFICER} or {@link VigilRole#DPO}
 */
public record Expectation(VigilRole who, ExpectedAction what, ExpectedBy by) {

    /** As a drill's start records it, naming the event that shows the action done. */
    ScriptedExpectation scripted() {
        return new ScriptedExpectation(who.name(), what.name(), what.event().getSimpleName(),
                what.obligationRuleId().orElse(null), by.duration().orElse(null));
    }
}
