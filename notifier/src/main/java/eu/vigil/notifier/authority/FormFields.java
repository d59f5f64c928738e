package eu.vigil.notifier.authority;

import java.util.List;
import java.util.Set;

/** The keys the draft templates fill, and the least a notification must hold where an authority's form is unknown. */
public final class FormFields {

    public static final Set<String> KEYS = Set.of("summary", "awareAt", "detectedAt", "category", "severity",
            "suspectedMalicious", "crossBorder", "patientCareImpact", "affectedServices", "medicalDevices",
            "indicators", "rootCause", "mitigation", "crossBorderImpact", "personalDataCategories",
            "dataSubjectsApprox", "recordsApprox", "dpoContact", "likelyConsequences", "measures", "reasonsForDelay",
            "plainLanguageSummary", "contactPoint");

    // NIS2 Art. 23(4)(a), (b) and (d): malicious? cross-border? severity and impact, indicators, root cause, mitigation
    static final List<String> NIS2_MINIMUM = List.of("summary", "awareAt", "suspectedMalicious", "crossBorder",
            "severity", "affectedServices", "indicators", "rootCause", "mitigation", "crossBorderImpact");

    // GDPR Art. 33(3)(a)-(d), and 33(1)'s reasons when later than 72 h
    static final List<String> GDPR_MINIMUM = List.of("summary", "awareAt", "personalDataCategories",
            "dataSubjectsApprox", "recordsApprox", "dpoContact", "likelyConsequences", "measures", "reasonsForDelay");

    private FormFields() {
    }

    static List<String> legalMinimum(String regime) {
        return switch (regime) {
            case "nis2" -> NIS2_MINIMUM;
            case "gdpr" -> GDPR_MINIMUM;
            default -> throw new IllegalArgumentException("no legal minimum for " + regime);
        };
    }
}
