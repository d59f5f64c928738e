package eu.vigil.command.incident.web;

import eu.vigil.contracts.IncidentId;

import java.util.UUID;

/**
 * What a command recorded: the incident, the entry or indicator it created (if any), and the sequence of the
 * incident's last event afterwards; a page given that sequence waits until the read side has caught up with it.
 */
public record RecordedResponse(IncidentId incidentId, UUID id, long sequence) {
}
