package eu.vigil.command.incident.web;

import eu.vigil.command.incident.ReportIncident;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.RsitCategory;
import eu.vigil.contracts.YesNoUnknown;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/**
 * A first report needs only a summary, when the hospital became aware and a category; the rest can follow.
 * {@code personalDataInvolved} defaults to unknown. The hospital is the reporting user's, from the token.
 */
record ReportIncidentRequest(
        @NotBlank @Size(max = 500) String summary,
        Instant detectedAt,
        @NotNull Instant awareAt,
        @NotNull RsitCategory category,
        YesNoUnknown personalDataInvolved) {

    ReportIncident toCommand(IncidentId id, HospitalId hospital, Instant reportedAt) {
        return new ReportIncident(id, hospital, summary, detectedAt, awareAt, category, personalDataInvolved,
                reportedAt);
    }
}
