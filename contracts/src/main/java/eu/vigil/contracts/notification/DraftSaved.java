package eu.vigil.contracts.notification;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A version of the report's draft was saved. Versions count from 1; every save is a new version, and an approved
 * version never changes.
 *
 * @param reportKind   the report the draft is, e.g. {@code nis2-early-warning}
 * @param language     ISO 639-1 code of the language it is written in
 * @param fields       the text of each field by its key, in the report's order; a field not yet written is absent
 * @param fromIncident the keys of the fields whose text was taken from the incident unedited
 */
public record DraftSaved(UUID obligationId, int version, String reportKind, String language,
                         Map<String, String> fields, List<String> fromIncident) implements NotificationEvent {

    public DraftSaved {
        fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
        fromIncident = List.copyOf(fromIncident);
    }
}
