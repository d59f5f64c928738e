package eu.vigil.notifier.obligation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;
import java.util.UUID;

/**
 * Save a new version of the report's draft.
 *
 * @param basedOn      the version the writer started from, 0 for none: a save based on an older version is refused,
 *                     so nobody overwrites what another person saved meanwhile
 * @param fromIncident the fields whose text was taken from the incident unedited
 */
public record SaveDraft(@TargetAggregateIdentifier UUID obligationId, int basedOn, DraftContent content,
                        List<String> fromIncident) {
}
