package eu.vigil.command.incident.web.sharing;

import eu.vigil.web.Prose;
import eu.vigil.web.ShortText;
import eu.vigil.command.incident.ShareIncidentWithCert;
import eu.vigil.command.incident.web.Choices;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.Tlp;
import eu.vigil.contracts.incident.IncidentShared;
import eu.vigil.contracts.incident.IndicatorAdded;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The sharing form: a summary written for the CERT, a label for the whole share, whether to appear under a
 * pseudonym, whether other hospitals' officers may read it in the sector view, and the ticked indicators.
 * {@code preview} asks for the preview instead of sharing.
 */
record ShareForm(@NotBlank String tlp, Boolean pseudonymised, Boolean sectorView,
                 @NotBlank @Prose(max = 2000) String summary, @Size(max = 500) List<String> indicatorIds,
                 @ShortText(max = 100) String requestToken, String preview) {

    private static final String UUID_PATTERN = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    /**
     * A first share starts at TLP:AMBER, pseudonymised, out of the sector view, nothing ticked; an update starts from
     * the current share.
     */
    static ShareForm of(IncidentShared current, List<IndicatorAdded> indicators) {
        if (current == null) {
            return new ShareForm(Tlp.AMBER.code(), true, false, null, List.of(), UUID.randomUUID().toString(), null);
        }
        List<String> ticked = new ArrayList<>();
        for (var indicator : indicators) {
            boolean wasShared = current.indicators().stream().anyMatch(shared -> shared.type() == indicator.type()
                    && shared.value().equals(indicator.value()));
            if (wasShared) {
                ticked.add(indicator.indicatorId().toString());
            }
        }
        return new ShareForm(current.tlp().code(), current.pseudonymised(), current.sectorView(), current.summary(),
                ticked, UUID.randomUUID().toString(), null);
    }

    /** An unticked checkbox posts nothing: not pseudonymised. */
    boolean pseudonymous() {
        return Boolean.TRUE.equals(pseudonymised);
    }

    /** An unticked checkbox posts nothing: out of the sector view. */
    boolean inSectorView() {
        return Boolean.TRUE.equals(sectorView);
    }

    boolean previewOnly() {
        return preview != null;
    }

    List<UUID> tickedIds() {
        // only a tampered form posts something else than the ids it offered: such values tick nothing
        return indicatorIds == null ? List.of() : indicatorIds.stream().filter(id -> id.matches(UUID_PATTERN))
                .map(UUID::fromString).toList();
    }

    ShareIncidentWithCert toCommand(IncidentId id, HospitalId hospital, Errors errors) {
        return new ShareIncidentWithCert(id, hospital, Choices.one(tlp, Tlp::fromCode, "tlp", errors), pseudonymous(),
                inSectorView(), summary, tickedIds());
    }
}
