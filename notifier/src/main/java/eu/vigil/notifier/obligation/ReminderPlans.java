package eu.vigil.notifier.obligation;

import eu.vigil.contracts.IncidentId;

/** When an incident's obligations remind: the configured plan, on a drill's clock for a drill's incident. */
public interface ReminderPlans {

    ReminderPlan of(IncidentId incident);
}
