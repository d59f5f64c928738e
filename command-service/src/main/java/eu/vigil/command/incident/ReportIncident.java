package eu.vigil.command.incident;

import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.RsitCategory;
import eu.vigil.contracts.YesNoUnknown;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.UUID;

/**
 * Report a new incident.
 *
 * @param detectedAt  may be null when not known yet
 * @param description what was seen; may be null
 * @param details     what else is known already; its classification, if any, replaces {@code category}
 * @param reportedAt  when the report reached Vigil, stamped by the edge
 * @param drillId     the drill the incident is reported within (ADR 0022); null for a real incident
 */
public record ReportIncident(@TargetAggregateIdentifier IncidentId incidentId, HospitalId hospitalId,
                             String summary, String description, Instant detectedAt, Instant awareAt,
                             RsitCategory category, YesNoUnknown personalDataInvolved, IncidentDetails details,
                             Instant reportedAt, UUID drillId) {

    /** A real incident's report. */
    public ReportIncident(IncidentId incidentId, HospitalId hospitalId, String summary, String description,
                          Instant detectedAt, Instant awareAt, RsitCategory category,
                          YesNoUnknown personalDataInvolved, IncidentDetails details, Instant reportedAt) {
        this(incidentId, hospitalId, summary, description, detectedAt, awareAt, category, personalDataInvolved,
                details, reportedAt, null);
    }
}
