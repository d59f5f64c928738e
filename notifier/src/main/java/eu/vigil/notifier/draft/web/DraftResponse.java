package eu.vigil.notifier.draft.web;

import eu.vigil.notifier.draft.DraftSheet;
import eu.vigil.notifier.draft.DraftVersion;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A draft as the API answers it: the latest version (0 before the first save) and each field's text and origin.
 *
 * @param status        {@code not-saved}, {@code editing}, {@code awaiting-second-approval} or {@code approved}
 * @param contentDigest what an approval must name; null before the first save
 */
record DraftResponse(UUID obligationId, UUID incidentId, String reportKind, String legalBasis, String language,
                     int version, String status, String contentDigest, boolean fourEyes, List<String> approvedBy,
                     Instant approvedAt, List<Field> fields, List<String> missing) {

    /** @param origin {@code incident}, {@code written} or {@code missing} */
    record Field(String key, String text, String origin, boolean required, String incidentText) {
    }

    static DraftResponse of(DraftSheet sheet) {
        var saved = sheet.saved();
        return new DraftResponse(sheet.obligation().obligationId(), sheet.obligation().incidentId().value(),
                sheet.kind().code(), sheet.kind().legalBasis(), sheet.language(), sheet.version(), status(saved),
                saved == null ? null : saved.digest(), sheet.fourEyes(),
                saved == null ? List.of() : saved.approvedBy(), saved == null ? null : saved.approvedAt(),
                sheet.rows().stream().map(row -> new Field(row.field().key(), row.text(),
                        row.origin().name().toLowerCase(Locale.ROOT), row.required(), row.incidentText())).toList(),
                sheet.missing().stream().map(field -> field.key()).toList());
    }

    static String status(DraftVersion saved) {
        if (saved == null) {
            return "not-saved";
        }
        return saved.approved() ? "approved" : saved.awaitingSecondApproval() ? "awaiting-second-approval" : "editing";
    }
}
