package eu.vigil.command.incident.web;

import eu.vigil.command.incident.AssessImpact;
import eu.vigil.command.incident.Impact;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.YesNoUnknown;
import eu.vigil.contracts.incident.ClinicalService;
import eu.vigil.contracts.incident.MedicalDevice;
import eu.vigil.contracts.incident.PatientCareImpact;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

record AssessImpactRequest(List<ClinicalService> affectedServices, @NotNull PatientCareImpact patientCareImpact,
                           @Size(max = 50) List<MedicalDevice> medicalDevices, YesNoUnknown crossBorder,
                           List<String> crossBorderCountries, @Size(max = 4000) String reason) {

    AssessImpact toCommand(IncidentId id, HospitalId hospital) {
        return new AssessImpact(id, hospital,
                new Impact(affectedServices, patientCareImpact, medicalDevices, crossBorder, crossBorderCountries),
                reason);
    }
}
