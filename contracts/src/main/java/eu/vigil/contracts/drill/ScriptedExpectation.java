package eu.vigil.contracts.drill;

import java.time.Duration;
import java.util.Objects;

/**
 * What the drill expects someone to do after an inject, as its score reads it: which event shows the action done.
 *
 * @param who              the role expected to act, such as {@code SECURITY_OFFICER} or {@code DPO}
 * @param action           the scenario's name for the action, such as {@code APPROVE_EARLY_WARNING}, named by the bundles
 * @param event            the type of the event that shows it done, as an envelope names it ({@code DraftApproved})
 * @param obligationRuleId the notifier rule of the obligation the event belongs to; null for an incident's own event
 * @param within           how long after the inject's release, on the drill's clock; null for the legal due instant
 *                         of that obligation
 */
public record ScriptedExpectation(String who, String action, String event, String obligationRuleId,
                                  Duration within) {

    public ScriptedExpectation {
        Objects.requireNonNull(who, "who");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(event, "event");
        if (within == null && obligationRuleId == null) {
            throw new IllegalArgumentException("An expectation due by the law names the obligation's rule");
        }
    }

    /** Due by the legal due instant of its obligation, not by a wait after the inject. */
    public boolean byTheLaw() {
        return within == null;
    }
}
