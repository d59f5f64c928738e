package eu.vigil.notifier.draft;

import eu.vigil.notifier.obligation.ObligationRow;

import java.util.List;

/**
 * A draft as the DPO edits it: the latest version (or, before the first save, what the incident says), each field with
 * where its text came from, whether it must be written, and what the incident says now.
 *
 * @param saved     the latest saved version; null before the first save
 * @param fourEyes  the hospital asks for two approvals
 */
public record DraftSheet(ObligationRow obligation, ReportKind kind, String language, DraftVersion saved,
                         List<Row> rows, boolean fourEyes) {

    /** The languages a draft can be written in: those of the bundles. */
    public static final List<String> LANGUAGES = DraftLanguages.SUPPORTED;

    /** Where a field's text came from. */
    public enum Origin {
        /** taken from the incident, unedited */
        INCIDENT,
        /** written or edited by a person */
        WRITTEN,
        /** empty: still to be written */
        MISSING
    }

    /**
     * @param incidentText what the incident says for this field now; null when it says nothing
     */
    public record Row(DraftField field, String text, Origin origin, boolean required, String incidentText) {

        /** The incident says something else now than the draft's text, which was taken from it. */
        public boolean incidentChanged() {
            return origin == Origin.INCIDENT && incidentText != null && !incidentText.equals(text);
        }
    }

    /** The version a save is based on: 0 before the first. */
    public int version() {
        return saved == null ? 0 : saved.version();
    }

    /** The required fields that are still empty: while any is, the draft cannot be approved. */
    public List<DraftField> missing() {
        return rows.stream().filter(row -> row.required() && row.origin() == Origin.MISSING).map(Row::field).toList();
    }
}
