package eu.vigil.query.drill;

import eu.vigil.contracts.Actor;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What a drill's report is scored from: the drill, its incidents, every event of their histories and of their
 * obligations, and the obligations' due instants.
 *
 * @param actions every event of the drill's incidents and of their obligations, in any order
 */
public record DrillFacts(Drill drill, List<Incident> incidents, List<Action> actions, List<Obligation> obligations) {

    public DrillFacts {
        incidents = List.copyOf(incidents);
        actions = List.copyOf(actions);
        obligations = List.copyOf(obligations);
    }

    /** An incident reported within the drill, and when the hospital became aware of it. */
    public record Incident(UUID incidentId, String summary, Instant awareAt) {
    }

    /**
     * One event of a drill's incident or of one of its obligations.
     *
     * @param obligationId null for an incident's own event
     * @param ruleId       the obligation's rule, such as {@code NIS2_EARLY_WARNING}; null for an incident's own event
     * @param type         the event type, as an envelope names it ({@code DraftApproved})
     */
    public record Action(UUID incidentId, UUID obligationId, String ruleId, String type, Instant occurredAt,
                         String actorId, String actorRole) {

        /** Recorded by a person, not by Vigil's own clocks (the notifier's reminders, missed deadlines). */
        public boolean byPerson() {
            return !Actor.SYSTEM_ROLE.equals(actorRole);
        }

        /** Whether it is the event of this type (of this obligation rule; of the incident itself when null). */
        boolean is(String eventType, String obligationRuleId) {
            return type.equals(eventType)
                    && (obligationRuleId == null ? obligationId == null : obligationRuleId.equals(ruleId));
        }
    }

    /** A report the notifier opened for one of the drill's incidents, due on the drill's clock. */
    public record Obligation(UUID obligationId, UUID incidentId, String ruleId, Instant dueAt, String status) {
    }
}
