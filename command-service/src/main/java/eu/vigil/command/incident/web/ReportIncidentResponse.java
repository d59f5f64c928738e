package eu.vigil.command.incident.web;

import eu.vigil.contracts.IncidentId;

record ReportIncidentResponse(IncidentId incidentId) {
}
