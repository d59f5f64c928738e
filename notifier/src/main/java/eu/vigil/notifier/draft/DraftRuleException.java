package eu.vigil.notifier.draft;

import eu.vigil.web.RuleViolation;

/** A draft asked of an obligation that has none, or in a language the bundles do not speak. */
public class DraftRuleException extends RuleViolation {

    private DraftRuleException(String code, String field, boolean conflict, Object rejectedValue) {
        super(code, field, rejectedValue, conflict);
    }

    static DraftRuleException noReport(String ruleId) {
        return new DraftRuleException("no-report-for-rule", null, true, ruleId);
    }

    static DraftRuleException unsupportedLanguage(String language) {
        return new DraftRuleException("draft-language-unsupported", "language", false, language);
    }

    /** A field the report does not have: named, so the writer sees which one. */
    public static DraftRuleException unknownField(String key) {
        return new DraftRuleException("draft-field-unknown", "fields." + key, false, key);
    }

    public static DraftRuleException unknownFormat(String format) {
        return new DraftRuleException("export-format-unknown", "format", false, format);
    }

    static DraftRuleException versionNotFound(int version) {
        return new DraftRuleException("draft-version-not-found", "version", true, version);
    }

    static DraftRuleException notApproved(int version) {
        return new DraftRuleException("draft-not-approved", "version", true, version);
    }
}
