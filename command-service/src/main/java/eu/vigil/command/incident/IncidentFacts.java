package eu.vigil.command.incident;

import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.RsitCategory;
import eu.vigil.contracts.Tlp;
import eu.vigil.contracts.YesNoUnknown;
import eu.vigil.contracts.incident.ImpactAssessed;
import eu.vigil.contracts.incident.IncidentClassified;
import eu.vigil.contracts.incident.IncidentEvent;
import eu.vigil.contracts.incident.IncidentReported;
import eu.vigil.contracts.incident.IncidentShared;
import eu.vigil.contracts.incident.MedicalDevice;
import eu.vigil.contracts.incident.PatientCareImpact;
import eu.vigil.contracts.incident.PersonalDataAssessed;
import eu.vigil.contracts.incident.Phase;
import eu.vigil.contracts.incident.Severity;
import eu.vigil.contracts.incident.SharedIndicator;
import eu.vigil.contracts.incident.SignificanceAssessed;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The incident's latest classification and assessments: what a share copies, and what tells a changed assessment
 * from the same one saved again.
 */
final class IncidentFacts {

    private final Map<Class<?>, IncidentEvent> latest = new HashMap<>();
    private RsitCategory category;

    void remember(IncidentEvent event) {
        if (event instanceof IncidentReported e) {
            category = e.category();
        } else if (event instanceof IncidentClassified e) {
            category = e.category();
        }
        latest.put(event.getClass(), withoutReason(event));
    }

    boolean changedBy(IncidentEvent assessment) {
        return !Objects.equals(latest.get(assessment.getClass()), withoutReason(assessment));
    }

    /** The share carries only what the sharing form shows: no manufacturer, model or count of devices, no names. */
    IncidentShared share(IncidentId id, int revision, Tlp tlp, boolean pseudonymised, String summary, Phase phase,
                         List<SharedIndicator> indicators) {
        var classification = (IncidentClassified) latest.get(IncidentClassified.class);
        var impact = (ImpactAssessed) latest.get(ImpactAssessed.class);
        Severity severity = classification == null ? null : classification.severity();
        PatientCareImpact patientCare = impact == null ? null : impact.patientCareImpact();
        List<String> deviceTypes = impact == null ? List.of()
                : impact.medicalDevices().stream().map(MedicalDevice::type).distinct().sorted().toList();
        YesNoUnknown crossBorder = impact == null ? YesNoUnknown.UNKNOWN : impact.crossBorder();
        return new IncidentShared(id, revision, tlp, pseudonymised, category, severity, summary, phase, patientCare,
                deviceTypes, indicators, crossBorder);
    }

    private static IncidentEvent withoutReason(IncidentEvent event) {
        if (event instanceof IncidentClassified e) {
            return new IncidentClassified(e.incidentId(), e.category(), e.otherCategories(), e.threatFamily(),
                    e.severity(), e.suspectedMalicious(), null);
        } else if (event instanceof ImpactAssessed e) {
            return new ImpactAssessed(e.incidentId(), e.affectedServices(), e.patientCareImpact(),
                    e.medicalDevices(), e.crossBorder(), e.crossBorderCountries(), null);
        } else if (event instanceof PersonalDataAssessed e) {
            return new PersonalDataAssessed(e.incidentId(), e.involved(), e.categories(),
                    e.approximateDataSubjects(), null);
        } else if (event instanceof SignificanceAssessed e) {
            return new SignificanceAssessed(e.incidentId(), e.significance(), null);
        }
        return event;
    }
}
