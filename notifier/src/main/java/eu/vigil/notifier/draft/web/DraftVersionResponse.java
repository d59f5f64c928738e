package eu.vigil.notifier.draft.web;

import eu.vigil.notifier.draft.DraftVersion;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One saved version: its content, its digest and its approvals. */
record DraftVersionResponse(UUID obligationId, int version, String reportKind, String language,
                            Map<String, String> fields, List<String> fromIncident, String contentDigest,
                            String savedBy, Instant savedAt, String status, List<String> approvedBy,
                            Instant approvedAt) {

    static DraftVersionResponse of(DraftVersion version) {
        var fields = new LinkedHashMap<String, String>();
        version.fields().forEach((field, text) -> fields.put(field.key(), text));
        return new DraftVersionResponse(version.obligationId(), version.version(), version.kind().code(),
                version.language(), fields, version.fromIncident().stream().map(field -> field.key()).toList(),
                version.digest(), version.savedBy(), version.savedAt(), DraftResponse.status(version),
                version.approvedBy(), version.approvedAt());
    }
}
