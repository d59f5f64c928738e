package eu.vigil.command.incident;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
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

import java.util.List;
import java.util.Objects;

/**
 * The incident's latest classification and assessments: what a share copies, and what tells a changed assessment
 * from the same one saved again. Each kept without its reason, in a field of its own type, so that a snapshot
 * writes and reads it as plain JSON.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
final class IncidentFacts {

    private RsitCategory category;
    private IncidentClassified classified;
    private ImpactAssessed impact;
    private PersonalDataAssessed personalData;
    private SignificanceAssessed significance;

    void remember(IncidentEvent event) {
        if (event instanceof IncidentReported e) {
            category = e.category();
        } else if (event instanceof IncidentClassified e) {
            category = e.category();
            classified = (IncidentClassified) withoutReason(e);
        } else if (event instanceof ImpactAssessed e) {
            impact = (ImpactAssessed) withoutReason(e);
        } else if (event instanceof PersonalDataAssessed e) {
            personalData = (PersonalDataAssessed) withoutReason(e);
        } else if (event instanceof SignificanceAssessed e) {
            significance = (SignificanceAssessed) withoutReason(e);
        }
    }

    /** Whether an assessment differs from the latest of its kind, reasons aside; anything else always changes. */
    boolean changedBy(IncidentEvent assessment) {
        IncidentEvent latest = assessment instanceof IncidentClassified ? classified
                : assessment instanceof ImpactAssessed ? impact
                : assessment instanceof PersonalDataAssessed ? personalData
                : assessment instanceof SignificanceAssessed ? significance
                : null;
        return !Objects.equals(latest, withoutReason(assessment));
    }

    /** The share carries only what the sharing form shows: no manufacturer, model or count of devices, no names. */
    IncidentShared share(IncidentId id, int revision, Tlp tlp, boolean pseudonymised, String summary, Phase phase,
                         List<SharedIndicator> indicators) {
        Severity severity = classified == null ? null : classified.severity();
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
