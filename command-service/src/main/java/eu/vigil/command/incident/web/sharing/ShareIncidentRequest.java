package eu.vigil.command.incident.web.sharing;

import eu.vigil.web.Prose;
import eu.vigil.command.incident.ShareIncidentWithCert;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.Tlp;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/**
 * What leaves the hospital: a summary written for sharing, the ticked indicators, a label for the whole share,
 * whether the CERT sees the hospital's name and whether other hospitals' security officers may read a TLP:GREEN or
 * TLP:AMBER share in the sector view (a JSON boolean, false when absent); category, severity, phase, patient-care
 * impact, device types and the cross-border flag are copied from the incident as it stands, the country from the
 * hospital directory.
 */
record ShareIncidentRequest(@NotNull Tlp tlp, Boolean pseudonymised,
                            @Schema(description = "Opt-in, false when absent: other hospitals' security officers "
                                    + "may read this share in the sector view when it is TLP:GREEN or TLP:AMBER "
                                    + "(never TLP:AMBER+STRICT). The country is the hospital directory's.")
                            Boolean sectorView,
                            @NotBlank @Prose(max = 2000) String summary, @Size(max = 500) List<UUID> indicatorIds) {

    ShareIncidentWithCert toCommand(IncidentId id, HospitalId hospital) {
        return new ShareIncidentWithCert(id, hospital, tlp, Boolean.TRUE.equals(pseudonymised),
                Boolean.TRUE.equals(sectorView), summary, indicatorIds == null ? List.of() : indicatorIds);
    }
}
