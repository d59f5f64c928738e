package eu.vigil.command.incident.web.report;

import eu.vigil.web.Prose;
import eu.vigil.web.ShortText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Max;
import eu.vigil.command.incident.Classification;
import eu.vigil.command.incident.Impact;
import eu.vigil.command.incident.IncidentDetails;
import eu.vigil.command.incident.PersonalData;
import eu.vigil.command.incident.ReportIncident;
import eu.vigil.command.incident.SignificanceDecision;
import eu.vigil.command.incident.web.MedicalDeviceRequest;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.RsitCategory;
import eu.vigil.contracts.YesNoUnknown;
import eu.vigil.contracts.incident.ClinicalService;
import eu.vigil.contracts.incident.PatientCareImpact;
import eu.vigil.contracts.incident.PersonalDataCategory;
import eu.vigil.contracts.incident.Severity;
import eu.vigil.contracts.incident.Significance;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A first report needs only a summary, when the hospital became aware and a category; every other field may be
 * left out and follow later. The hospital is the reporting user's, from the token. Each group of fields that is
 * given (classification, impact, personal data, significance) is recorded as its own event with the report.
 */
record ReportIncidentRequest(
        @NotBlank @ShortText(max = 500) String summary,
        @Prose(max = 8000) String description,
        Instant detectedAt,
        @NotNull Instant awareAt,
        @NotNull RsitCategory category,
        @Size(max = 10) List<RsitCategory> otherCategories,
        @ShortText(max = 200) String threatFamily,
        Severity severity,
        YesNoUnknown suspectedMalicious,
        @Size(max = 30) List<ClinicalService> affectedServices,
        PatientCareImpact patientCareImpact,
        @Size(max = 50) List<@Valid MedicalDeviceRequest> medicalDevices,
        YesNoUnknown crossBorder,
        @Size(max = 30) List<@Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as BE") String> crossBorderCountries,
        YesNoUnknown personalDataInvolved,
        @Size(max = 20) List<PersonalDataCategory> personalDataCategories,
        @PositiveOrZero @Max(100_000_000) Integer approximateDataSubjects,
        Significance significance,
        @Prose(max = 4000) String significanceReason,
        UUID drillId) {

    ReportIncident toCommand(IncidentId id, HospitalId hospital, Instant reportedAt) {
        return new ReportIncident(id, hospital, summary, description, detectedAt, awareAt, category,
                personalDataInvolved, details(), reportedAt, drillId);
    }

    private IncidentDetails details() {
        return new IncidentDetails(
                anyGiven(otherCategories, threatFamily, severity, suspectedMalicious)
                        ? new Classification(category, otherCategories, threatFamily, severity, suspectedMalicious)
                        : null,
                anyGiven(affectedServices, patientCareImpact, medicalDevices, crossBorder, crossBorderCountries)
                        ? new Impact(affectedServices, patientCareImpact, MedicalDeviceRequest.devices(medicalDevices),
                        crossBorder, crossBorderCountries)
                        : null,
                anyGiven(personalDataCategories, approximateDataSubjects)
                        ? new PersonalData(personalDataInvolved, personalDataCategories, approximateDataSubjects, null)
                        : null,
                significance == null ? null : new SignificanceDecision(significance, significanceReason));
    }

    private static boolean anyGiven(Object... values) {
        for (Object value : values) {
            boolean empty = value == null || (value instanceof List<?> list && list.isEmpty())
                    || (value instanceof String text && text.isBlank());
            if (!empty) {
                return true;
            }
        }
        return false;
    }
}
