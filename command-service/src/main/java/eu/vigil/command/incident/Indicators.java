package eu.vigil.command.incident;

import eu.vigil.contracts.incident.IncidentState;
import eu.vigil.contracts.incident.IndicatorAdded;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static eu.vigil.command.incident.Assessments.blankToNull;
import static eu.vigil.command.incident.IncidentChecks.requireCorrectable;

/** The rules of an incident's indicators: one value once, and a correction names a current indicator. */
final class Indicators {

    private Indicators() {
    }

    /**
     * @throws DuplicateIndicatorException when the incident already holds the normalised value, besides the one the
     *                                     command corrects
     */
    static IndicatorAdded added(IncidentState state, AddIndicator command) {
        String value = IndicatorValues.normalise(command.type(), command.value());
        boolean duplicate = state.indicators().stream()
                .filter(current -> !current.indicatorId().equals(command.supersedes()))
                .anyMatch(current -> current.type() == command.type() && current.value().equals(value));
        if (duplicate) {
            throw new DuplicateIndicatorException(command.type(), value);
        }
        requireCorrectable("supersedes", command.supersedes(), currentIds(state), command.correctionReason());
        return new IndicatorAdded(state.incidentId(), command.indicatorId(), command.type(), value, command.tlp(),
                blankToNull(command.note()), command.supersedes(), blankToNull(command.correctionReason()));
    }

    static Set<UUID> currentIds(IncidentState state) {
        return state.indicators().stream().map(IndicatorAdded::indicatorId).collect(Collectors.toSet());
    }
}
