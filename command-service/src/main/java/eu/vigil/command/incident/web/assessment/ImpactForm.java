package eu.vigil.command.incident.web.assessment;

import eu.vigil.web.Prose;
import eu.vigil.web.ShortText;
import jakarta.validation.Valid;
import eu.vigil.command.incident.AssessImpact;
import eu.vigil.command.incident.Impact;
import eu.vigil.command.incident.web.Choices;
import eu.vigil.command.incident.web.DeviceRow;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.YesNoUnknown;
import eu.vigil.contracts.incident.ClinicalService;
import eu.vigil.contracts.incident.ImpactAssessed;
import eu.vigil.contracts.incident.PatientCareImpact;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static eu.vigil.command.incident.web.assessment.AssessmentForms.codeOf;
import static eu.vigil.command.incident.web.assessment.AssessmentForms.codesOf;

/** The impact as a whole: saving it replaces the earlier assessment, so the form starts from the current one. */
record ImpactForm(@Size(max = 30) List<String> affectedServices, @NotBlank String patientCareImpact, @Size(max = 50) List<@Valid DeviceRow> devices,
                  String crossBorder, @ShortText(max = 200) String crossBorderCountries, @Prose(max = 4000) String reason,
                  @ShortText(max = 100) String requestToken) {

    static ImpactForm of(ImpactAssessed current) {
        if (current == null) {
            return new ImpactForm(List.of(), PatientCareImpact.NONE.code(), DeviceRow.withBlankRows(List.of(), 2),
                    YesNoUnknown.UNKNOWN.code(), null, null, UUID.randomUUID().toString());
        }
        return new ImpactForm(codesOf(current.affectedServices(), ClinicalService::code),
                codeOf(current.patientCareImpact(), PatientCareImpact::code),
                DeviceRow.withBlankRows(current.medicalDevices().stream().map(DeviceRow::of).toList(), 1),
                current.crossBorder().code(), String.join(", ", current.crossBorderCountries()), null,
                UUID.randomUUID().toString());
    }

    AssessImpact toCommand(IncidentId id, HospitalId hospital, Errors errors) {
        List<String> countries = crossBorderCountries == null ? List.of()
                : Arrays.stream(crossBorderCountries.split("[,;\\s]+")).filter(code -> !code.isBlank()).toList();
        return new AssessImpact(id, hospital, new Impact(
                Choices.many(affectedServices, ClinicalService::fromCode, "affectedServices", errors),
                Choices.one(patientCareImpact, PatientCareImpact::fromCode, "patientCareImpact", errors),
                DeviceRow.devices(devices), Choices.one(crossBorder, YesNoUnknown::fromCode, "crossBorder", errors),
                countries), reason);
    }
}
