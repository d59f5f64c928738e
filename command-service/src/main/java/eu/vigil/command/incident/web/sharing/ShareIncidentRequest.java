package eu.vigil.command.incident.web.sharing;

import eu.vigil.web.Prose;
import eu.vigil.command.incident.ShareIncidentWithCert;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.Tlp;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/**
 * What leaves the hospital: a summary written for sharing, the ticked indicators, a label for the whole share and
 * whether the CERT sees the hospital's name; category, severity, phase, patient-care impact, device types and
 * the cross-border flag are copied from the incident as it stands.
 */
record ShareIncidentRequest(@NotNull Tlp tlp, Boolean pseudonymised, @NotBlank @Prose(max = 2000) String summary,
                            @Size(max = 500) List<UUID> indicatorIds) {

    ShareIncidentWithCert toCommand(IncidentId id, HospitalId hospital) {
        return new ShareIncidentWithCert(id, hospital, tlp, Boolean.TRUE.equals(pseudonymised), summary,
                indicatorIds == null ? List.of() : indicatorIds);
    }
}
