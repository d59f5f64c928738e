package eu.vigil.command.incident.web.indicator;

import eu.vigil.web.Prose;
import eu.vigil.web.ShortText;
import eu.vigil.command.incident.AddIndicator;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.Tlp;
import eu.vigil.contracts.incident.IndicatorType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.util.UUID;

/** The value as typed; it is validated for its type and normalised. With {@code supersedes}, a correction. */
record AddIndicatorRequest(@NotNull IndicatorType type, @NotBlank @ShortText(max = 2048) String value, @NotNull Tlp tlp,
                           @Prose(max = 2000) String note, UUID supersedes, @Prose(max = 4000) String correctionReason) {

    AddIndicator toCommand(IncidentId id, HospitalId hospital, UUID indicatorId) {
        return new AddIndicator(id, hospital, indicatorId, type, value, tlp, note, supersedes, correctionReason);
    }
}
