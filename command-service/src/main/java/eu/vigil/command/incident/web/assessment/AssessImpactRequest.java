package eu.vigil.command.incident.web.assessment;

import eu.vigil.web.Prose;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import eu.vigil.command.incident.AssessImpact;
import eu.vigil.command.incident.Impact;
import eu.vigil.command.incident.web.MedicalDeviceRequest;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.YesNoUnknown;
import eu.vigil.contracts.incident.ClinicalService;
import eu.vigil.contracts.incident.PatientCareImpact;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

record AssessImpactRequest(@Size(max = 30) List<ClinicalService> affectedServices, @NotNull PatientCareImpact patientCareImpact,
                           @Size(max = 50) List<@Valid MedicalDeviceRequest> medicalDevices, YesNoUnknown crossBorder,
                           @Size(max = 30) List<@Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as BE") String> crossBorderCountries, @Prose(max = 4000) String reason) {

    AssessImpact toCommand(IncidentId id, HospitalId hospital) {
        return new AssessImpact(id, hospital,
                new Impact(affectedServices, patientCareImpact, MedicalDeviceRequest.devices(medicalDevices),
                        crossBorder, crossBorderCountries),
                reason);
    }
}
