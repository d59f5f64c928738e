package eu.vigil.command.incident.web.indicator;

import eu.vigil.web.Prose;
import eu.vigil.web.ShortText;
import eu.vigil.command.incident.AddIndicator;
import eu.vigil.command.incident.web.Choices;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.Tlp;
import eu.vigil.contracts.incident.IndicatorAdded;
import eu.vigil.contracts.incident.IndicatorType;
import jakarta.validation.constraints.NotBlank;
import org.springframework.validation.Errors;

import java.util.UUID;

/** An indicator as typed, with its TLP label (TLP:AMBER by default), or the correction of one. */
record IndicatorForm(@NotBlank String type, @NotBlank @ShortText(max = 2048) String value, @NotBlank String tlp,
                     @Prose(max = 2000) String note, @Prose(max = 4000) String correctionReason, @ShortText(max = 100) String requestToken) {

    static IndicatorForm blank() {
        return new IndicatorForm(IndicatorType.IPV4.code(), null, Tlp.AMBER.code(), null, null,
                UUID.randomUUID().toString());
    }

    static IndicatorForm correcting(IndicatorAdded indicator) {
        return new IndicatorForm(indicator.type().code(), indicator.value(), indicator.tlp().code(), indicator.note(),
                null, UUID.randomUUID().toString());
    }

    AddIndicator toCommand(IncidentId id, HospitalId hospital, UUID indicatorId, UUID supersedes, Errors errors) {
        return new AddIndicator(id, hospital, indicatorId, Choices.one(type, IndicatorType::fromCode, "type", errors),
                value, Choices.one(tlp, Tlp::fromCode, "tlp", errors), note, supersedes, correctionReason);
    }
}
