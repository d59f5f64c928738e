package eu.vigil.command.incident.web.report;

import eu.vigil.web.Prose;
import eu.vigil.web.ShortText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import eu.vigil.command.incident.web.Choices;
import eu.vigil.command.incident.web.DeviceRow;
import eu.vigil.command.incident.web.FormTimes;
import eu.vigil.command.incident.web.MedicalDeviceRequest;
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
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.springframework.format.annotation.DateTimeFormat.ISO.DATE_TIME;

/**
 * The report form: only summary, aware-at and category are required; the rest can follow. Choices post their
 * codes, times are wall-clock times in the viewer's zone, countries a comma-separated list.
 */
record ReportIncidentForm(
        @NotBlank @ShortText(max = 500) String summary,
        @Prose(max = 8000) String description,
        @DateTimeFormat(iso = DATE_TIME) LocalDateTime detectedAt,
        @NotNull @DateTimeFormat(iso = DATE_TIME) LocalDateTime awareAt,
        @NotBlank String category,
        @Size(max = 30) List<String> otherCategories,
        @ShortText(max = 200) String threatFamily,
        String severity,
        String suspectedMalicious,
        @Size(max = 30) List<String> affectedServices,
        String patientCareImpact,
        @Size(max = 50) List<@Valid DeviceRow> devices,
        String crossBorder,
        @ShortText(max = 200) String crossBorderCountries,
        String personalDataInvolved,
        @Size(max = 30) List<String> personalDataCategories,
        @PositiveOrZero @Max(100_000_000) Integer approximateDataSubjects,
        String significance,
        @Prose(max = 4000) String significanceReason,
        @ShortText(max = 100) String requestToken,
        UUID drillId) {

    /**
     * A blank report: aware now, personal data unknown, a fresh token so that a double submit records once.
     *
     * @param drillId the drill the incident is reported within (ADR 0022); null for a real incident
     */
    static ReportIncidentForm blank(LocalDateTime now, UUID drillId) {
        return new ReportIncidentForm(null, null, null, now, null, List.of(), null, null, null, List.of(), null,
                DeviceRow.withBlankRows(List.of(), 2), null, null, YesNoUnknown.UNKNOWN.code(), List.of(), null,
                null, null, UUID.randomUUID().toString(), drillId);
    }

    /** The same report as the API takes it; unknown codes and skipped times are rejected on their fields. */
    ReportIncidentRequest toRequest(FormTimes times, Errors errors) {
        return new ReportIncidentRequest(summary, description,
                times.instant(detectedAt, "detectedAt", errors), times.instant(awareAt, "awareAt", errors),
                Choices.one(category, RsitCategory::fromCode, "category", errors),
                Choices.many(otherCategories, RsitCategory::fromCode, "otherCategories", errors), threatFamily,
                Choices.one(severity, Severity::fromCode, "severity", errors),
                Choices.one(suspectedMalicious, YesNoUnknown::fromCode, "suspectedMalicious", errors),
                Choices.many(affectedServices, ClinicalService::fromCode, "affectedServices", errors),
                Choices.one(patientCareImpact, PatientCareImpact::fromCode, "patientCareImpact", errors),
                MedicalDeviceRequest.of(DeviceRow.devices(devices)),
                Choices.one(crossBorder, YesNoUnknown::fromCode, "crossBorder", errors), countries(),
                Choices.one(personalDataInvolved, YesNoUnknown::fromCode, "personalDataInvolved", errors),
                Choices.many(personalDataCategories, PersonalDataCategory::fromCode, "personalDataCategories",
                        errors),
                approximateDataSubjects,
                Choices.one(significance, Significance::fromCode, "significance", errors), significanceReason,
                drillId);
    }

    private List<String> countries() {
        return crossBorderCountries == null ? List.of() : Arrays.stream(crossBorderCountries.split("[,;\\s]+"))
                .filter(country -> !country.isBlank()).toList();
    }
}
