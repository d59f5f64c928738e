package eu.vigil.query.register;

import com.fasterxml.jackson.annotation.JsonInclude;
import eu.vigil.contracts.drill.Exercise;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/**
 * One row of the incident register, as the API shows it: the incident's state as of its latest event. Every
 * value is a stable code, not a display text.
 *
 * @param detectedAt        null when the reporter did not know when the incident was detected
 * @param category          the RSIT code, such as {@code fraud/phishing}
 * @param reportedAt        when the report was recorded
 * @param reportedBy        the reporting user's id, never a name
 * @param severity          {@code low} ... {@code critical}; null until classified with one
 * @param phase             {@code detection} ... {@code closed}
 * @param significance      NIS2 Art. 23(3) {@code yes}, {@code no} or {@code undecided}; null until assessed
 * @param patientCareImpact {@code none} ... {@code harm-suspected}; null until assessed
 * @param sharedTlp         the TLP code of the current share with the sector CERT; null when not shared
 * @param exercise          the drill the incident belongs to (ADR 0022); null, and left out of the JSON, for a real
 *                          incident
 */
public record RegisteredIncident(UUID incidentId, String hospitalId, String summary, String category,
                                 Instant detectedAt, Instant awareAt, String personalDataInvolved,
                                 Instant reportedAt, String reportedBy, String severity, String phase,
                                 String significance, String patientCareImpact, String sharedTlp,
                                 @Schema(description = "Present only for an incident reported within a drill "
                                         + "(EXERCISE): the drill's id and how much faster than real time its "
                                         + "clocks run (1 to 1440). Nothing of such an incident is sent to an "
                                         + "authority or reaches the sector CERT. Absent for a real incident.")
                                 @JsonInclude(JsonInclude.Include.NON_NULL) Exercise exercise) {
}
