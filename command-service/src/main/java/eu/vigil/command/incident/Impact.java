package eu.vigil.command.incident;

import eu.vigil.contracts.YesNoUnknown;
import eu.vigil.contracts.incident.ClinicalService;
import eu.vigil.contracts.incident.MedicalDevice;
import eu.vigil.contracts.incident.PatientCareImpact;

import java.util.List;

/**
 * The incident's impact on the hospital's services, patients and devices.
 *
 * @param crossBorder          null counts as unknown
 * @param crossBorderCountries ISO 3166-1 alpha-2 codes, only when cross-border is yes
 */
public record Impact(List<ClinicalService> affectedServices, PatientCareImpact patientCareImpact,
                     List<MedicalDevice> medicalDevices, YesNoUnknown crossBorder, List<String> crossBorderCountries) {
}
