package eu.vigil.command.incident;

import eu.vigil.contracts.Tlp;
import eu.vigil.contracts.YesNoUnknown;
import eu.vigil.contracts.incident.IncidentShared;
import eu.vigil.contracts.incident.IncidentState;
import eu.vigil.contracts.incident.MedicalDevice;
import eu.vigil.contracts.incident.SharedIndicator;

import java.util.List;

/** What a share of the incident carries: what the sharing form shows, and nothing personal. */
final class Shares {

    private Shares() {
    }

    /**
     * The next share of the incident in its state now: no manufacturer, model or count of devices, no names; the
     * summary is the one written for sharing; the country is the hospital directory's, never typed by a user. A drill's
     * incident's share names its drill, for the drill feed (ADR 0022).
     */
    static IncidentShared of(IncidentState state, Tlp tlp, boolean pseudonymised, boolean sectorView, String country,
                             String summary, List<SharedIndicator> indicators) {
        var impact = state.impact();
        List<String> deviceTypes = impact == null ? List.of()
                : impact.medicalDevices().stream().map(MedicalDevice::type).distinct().sorted().toList();
        YesNoUnknown crossBorder = impact == null ? YesNoUnknown.UNKNOWN : impact.crossBorder();
        return new IncidentShared(state.incidentId(), state.shareRevision() + 1, tlp, pseudonymised, state.category(),
                state.severity(), summary, state.phase(), state.patientCareImpact(), deviceTypes, indicators,
                crossBorder, country, sectorView, state.exercise());
    }
}
