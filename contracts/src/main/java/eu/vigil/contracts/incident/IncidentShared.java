package eu.vigil.contracts.incident;

import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.RsitCategory;
import eu.vigil.contracts.Tlp;
import eu.vigil.contracts.YesNoUnknown;

import java.util.List;

/**
 * The hospital shared the incident with the sector CERT, or updated its share (a higher revision replaces a lower).
 * It carries exactly the fields the sharing form showed, and nothing personal: the summary is written for sharing.
 *
 * @param revision       1 for the first share, one more for each update
 * @param tlp            the label of the whole share, never TLP:RED
 * @param pseudonymised  whether the CERT sees the hospital under a pseudonym instead of its name
 * @param summary        the sanitised summary written for the CERT, not the hospital's own summary
 * @param deviceTypes    types of the affected medical devices, no manufacturer, model or count
 * @param indicators     the indicators the officer ticked, none at TLP:RED
 */
public record IncidentShared(IncidentId incidentId, int revision, Tlp tlp, boolean pseudonymised,
                             RsitCategory category, Severity severity, String summary, Phase phase,
                             PatientCareImpact patientCareImpact, List<String> deviceTypes,
                             List<SharedIndicator> indicators, YesNoUnknown crossBorder)
        implements IncidentEvent {
}
