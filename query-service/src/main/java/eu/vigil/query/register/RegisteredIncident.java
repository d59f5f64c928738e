package eu.vigil.query.register;

import java.time.Instant;
import java.util.UUID;

/**
 * One row of the incident register, as the API shows it.
 *
 * @param detectedAt null when the reporter did not know when the incident was detected
 * @param category   the RSIT code, such as {@code fraud/phishing}
 * @param reportedAt when the report was recorded
 * @param reportedBy the reporting user's id, never a name
 */
public record RegisteredIncident(UUID incidentId, String hospitalId, String summary, String category,
                                 Instant detectedAt, Instant awareAt, String personalDataInvolved,
                                 Instant reportedAt, String reportedBy) {
}
