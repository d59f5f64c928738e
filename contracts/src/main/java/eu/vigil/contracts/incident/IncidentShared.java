package eu.vigil.contracts.incident;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.RsitCategory;
import eu.vigil.contracts.Tlp;
import eu.vigil.contracts.YesNoUnknown;
import eu.vigil.contracts.drill.Exercise;

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
 * @param country        ISO 3166-1 alpha-2 code of the sharing hospital, from command-service's hospital directory
 *                       (ADR 0020); null in shares recorded before it was carried, and when the directory has none
 * @param sectorView     the hospital lets other hospitals' security officers read this share in the sector view
 *                       when it is TLP:GREEN or TLP:AMBER (ADR 0020); false in shares recorded before the choice
 *                       existed. Written only when true, so that those older shares keep their hash-chain links.
 * @param exercise       the drill of a drill's incident (ADR 0022), as its report carries it, so that the drill feed
 *                       names the drill; null for a real incident and in every share stored before it was carried.
 *                       Written only when set, so that real shares keep their hash-chain links.
 */
public record IncidentShared(IncidentId incidentId, int revision, Tlp tlp, boolean pseudonymised,
                             RsitCategory category, Severity severity, String summary, Phase phase,
                             PatientCareImpact patientCareImpact, List<String> deviceTypes,
                             List<SharedIndicator> indicators, YesNoUnknown crossBorder, String country,
                             @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean sectorView,
                             @JsonInclude(JsonInclude.Include.NON_NULL) Exercise exercise)
        implements IncidentEvent {

    @JsonCreator
    public IncidentShared {
    }

    /** A real incident's share. */
    public IncidentShared(IncidentId incidentId, int revision, Tlp tlp, boolean pseudonymised, RsitCategory category,
                          Severity severity, String summary, Phase phase, PatientCareImpact patientCareImpact,
                          List<String> deviceTypes, List<SharedIndicator> indicators, YesNoUnknown crossBorder,
                          String country, boolean sectorView) {
        this(incidentId, revision, tlp, pseudonymised, category, severity, summary, phase, patientCareImpact,
                deviceTypes, indicators, crossBorder, country, sectorView, null);
    }

    /** A share as recorded before the country and the sector view were carried: country unknown, not in the sector view. */
    public IncidentShared(IncidentId incidentId, int revision, Tlp tlp, boolean pseudonymised, RsitCategory category,
                          Severity severity, String summary, Phase phase, PatientCareImpact patientCareImpact,
                          List<String> deviceTypes, List<SharedIndicator> indicators, YesNoUnknown crossBorder) {
        this(incidentId, revision, tlp, pseudonymised, category, severity, summary, phase, patientCareImpact,
                deviceTypes, indicators, crossBorder, null, false, null);
    }
}
