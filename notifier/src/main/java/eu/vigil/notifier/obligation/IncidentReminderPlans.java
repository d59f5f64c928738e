package eu.vigil.notifier.obligation;

import eu.vigil.contracts.IncidentId;
import org.springframework.stereotype.Component;

/**
 * The configured plan, shrunk for a drill's incident by its clock's scale: at 1 hour = 1 minute, the reminders 12 h,
 * 4 h and 1 h ahead come 12, 4 and 1 minutes ahead of a deadline that is itself 60 times nearer.
 */
@Component
class IncidentReminderPlans implements ReminderPlans {

    private final ReminderPlan plan;
    private final IncidentClocks clocks;

    IncidentReminderPlans(ReminderPlan plan, IncidentClocks clocks) {
        this.plan = plan;
        this.clocks = clocks;
    }

    @Override
    public ReminderPlan of(IncidentId incident) {
        return clocks.of(incident).map(clock -> plan.on(clock.clock())).orElse(plan);
    }
}
