package eu.vigil.notifier.obligation;

import eu.vigil.contracts.IncidentId;

import java.util.Optional;

/** What the notifier knows of an incident's clocks; the incident feature answers from the events it saw. */
public interface IncidentClocks {

    Optional<IncidentClock> of(IncidentId incident);
}
