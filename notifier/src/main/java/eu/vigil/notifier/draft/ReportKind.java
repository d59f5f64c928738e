package eu.vigil.notifier.draft;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static eu.vigil.notifier.draft.DraftField.*;

/**
 * A kind of report, with the fields the law asks of it, in the law's order; mandatory ones are what the article
 * requires (an authority's own form may require more). Each kind is drafted for the rules that name it.
 * Sources: shared/regulatory/nis2.md (Art. 23(4)), gdpr.md (Art. 33(3), 33(4), 34(2)), deadlines.md §5 (Portugal).
 */
public enum ReportKind {
    /** NIS2 Art. 23(4)(a): whether unlawful or malicious acts are suspected, and whether cross-border impact. */
    NIS2_EARLY_WARNING("nis2-early-warning", "NIS2 Art. 23(4)(a)", Set.of("NIS2_EARLY_WARNING"),
            list(SUMMARY, AWARE_AT, SUSPECTED_MALICIOUS, CROSS_BORDER, CONTACT_POINT),
            list(DETECTED_AT, CATEGORY, PATIENT_CARE_IMPACT)),
    /** NIS2 Art. 23(4)(b): updates the early warning with an initial assessment, severity, impact and indicators. */
    NIS2_INCIDENT_NOTIFICATION("nis2-incident-notification", "NIS2 Art. 23(4)(b)",
            Set.of("NIS2_INCIDENT_NOTIFICATION"),
            list(SUMMARY, AWARE_AT, CATEGORY, SEVERITY, PATIENT_CARE_IMPACT, CONTACT_POINT),
            list(AFFECTED_SERVICES, MEDICAL_DEVICES, INDICATORS, SUSPECTED_MALICIOUS, CROSS_BORDER)),
    /** NIS2 Art. 23(4)(c): relevant status updates, at the request of the CSIRT or authority. */
    NIS2_INTERMEDIATE_REPORT("nis2-intermediate-report", "NIS2 Art. 23(4)(c)", Set.of("NIS2_INTERMEDIATE_REPORT"),
            list(SUMMARY, STATUS_UPDATE, CONTACT_POINT), list(SEVERITY, MITIGATION)),
    /** NIS2 Art. 23(4)(d)(i)-(iv): description, severity and impact; threat or root cause; mitigation; cross-border. */
    NIS2_FINAL_REPORT("nis2-final-report", "NIS2 Art. 23(4)(d)",
            Set.of("NIS2_FINAL_REPORT", "NIS2_FINAL_REPORT_AFTER_HANDLING"),
            list(SUMMARY, SEVERITY, PATIENT_CARE_IMPACT, ROOT_CAUSE, MITIGATION, CROSS_BORDER_IMPACT, CONTACT_POINT),
            list(CATEGORY, AFFECTED_SERVICES, MEDICAL_DEVICES, INDICATORS)),
    /** NIS2 Art. 23(4)(e): a progress report while the incident is still ongoing at the final report's due date. */
    NIS2_PROGRESS_REPORT("nis2-progress-report", "NIS2 Art. 23(4)(e)", Set.of("NIS2_PROGRESS_REPORT"),
            list(SUMMARY, STATUS_UPDATE, SEVERITY, MITIGATION, CONTACT_POINT), list(ROOT_CAUSE, INDICATORS)),
    /** Portugal, DL 125/2025: the communication that the impact ended. */
    PT_END_OF_IMPACT("pt-end-of-impact", "DL 125/2025", Set.of("NIS2_END_OF_IMPACT_COMMUNICATION"),
            list(SUMMARY, IMPACT_ENDED_AT, CONTACT_POINT), list(MITIGATION)),
    /** NIS2 Art. 23(1) and (2): recipients of the service are told, with the measures they can take. */
    NIS2_RECIPIENTS_NOTICE("nis2-recipients-notice", "NIS2 Art. 23(1) and 23(2)", Set.of("NIS2_RECIPIENTS_NOTICE"),
            list(PLAIN_LANGUAGE_SUMMARY, MEASURES), list(CONTACT_POINT)),
    /** GDPR Art. 33(3)(a)-(d), reasons for delay (33(1)) and information in phases (33(4)). */
    GDPR_NOTIFICATION("gdpr-notification", "GDPR Art. 33(3)", Set.of("GDPR_SA_NOTIFICATION"),
            list(SUMMARY, AWARE_AT, PERSONAL_DATA_CATEGORIES, DATA_SUBJECTS_APPROX, DPO_CONTACT,
                    LIKELY_CONSEQUENCES, MEASURES),
            list(RECORDS_APPROX, REASONS_FOR_DELAY, PHASED_INFORMATION)),
    /** GDPR Art. 34(2): in clear and plain language, with the contents of Art. 33(3)(b), (c) and (d). */
    GDPR_DATA_SUBJECT_COMMUNICATION("gdpr-data-subject-communication", "GDPR Art. 34(2)",
            Set.of("GDPR_DATA_SUBJECT_COMMUNICATION"),
            list(PLAIN_LANGUAGE_SUMMARY, DPO_CONTACT, LIKELY_CONSEQUENCES, MEASURES), list());

    private final String code;
    private final String legalBasis;
    private final Set<String> ruleIds;
    private final Map<DraftField, Boolean> fields = new LinkedHashMap<>();

    ReportKind(String code, String legalBasis, Set<String> ruleIds, List<DraftField> mandatory,
               List<DraftField> optional) {
        this.code = code;
        this.legalBasis = legalBasis;
        this.ruleIds = ruleIds;
        Arrays.stream(DraftField.values()).filter(f -> mandatory.contains(f) || optional.contains(f))
                .forEach(f -> this.fields.put(f, mandatory.contains(f)));
    }

    public String code() {
        return code;
    }

    public String legalBasis() {
        return legalBasis;
    }

    /** The kind's fields, in the order of {@link DraftField}. */
    public List<DraftField> fields() {
        return List.copyOf(fields.keySet());
    }

    public boolean has(DraftField field) {
        return fields.containsKey(field);
    }

    /** Required by the article itself, whatever the authority. */
    public boolean mandatory(DraftField field) {
        return fields.getOrDefault(field, false);
    }

    /** The report a rule asks for; empty for a duty without one (the breach register's entry). */
    public static Optional<ReportKind> ofRule(String ruleId) {
        return Arrays.stream(values()).filter(kind -> kind.ruleIds.contains(ruleId)).findFirst();
    }

    public static Optional<ReportKind> ofCode(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst();
    }

    private static List<DraftField> list(DraftField... fields) {
        return List.of(fields);
    }
}
