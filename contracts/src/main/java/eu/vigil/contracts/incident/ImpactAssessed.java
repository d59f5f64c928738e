package eu.vigil.contracts.incident;

import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.YesNoUnknown;

import java.util.List;

/**
 * The incident's impact, replacing any earlier assessment as a whole.
 *
 * @param affectedServices     in the order of {@link ClinicalService}, without repeats
 * @param crossBorderCountries ISO 3166-1 alpha-2 codes, upper case, sorted; empty unless crossBorder is yes
 *                             (NIS2 Art. 23(4)(a))
 * @param reason               why it changed; null on the first assessment
 */
public record ImpactAssessed(IncidentId incidentId, List<ClinicalService> affectedServices,
                             PatientCareImpact patientCareImpact, List<MedicalDevice> medicalDevices,
                             YesNoUnknown crossBorder, List<String> crossBorderCountries, String reason)
        implements IncidentEvent {
}
