package eu.vigil.notifier.draft;

import java.util.Arrays;
import java.util.Optional;

/**
 * A field of a report. Its key names it in drafts, in exports and in an authority's list of the fields its form asks
 * for; its label and hint come from the bundles ({@code draft.field.<key>}).
 */
public enum DraftField {
    SUMMARY("summary"),
    AWARE_AT("awareAt"),
    DETECTED_AT("detectedAt"),
    CATEGORY("category"),
    SEVERITY("severity"),
    SUSPECTED_MALICIOUS("suspectedMalicious"),
    CROSS_BORDER("crossBorder"),
    PATIENT_CARE_IMPACT("patientCareImpact"),
    AFFECTED_SERVICES("affectedServices"),
    MEDICAL_DEVICES("medicalDevices"),
    INDICATORS("indicators"),
    STATUS_UPDATE("statusUpdate"),
    ROOT_CAUSE("rootCause"),
    MITIGATION("mitigation"),
    CROSS_BORDER_IMPACT("crossBorderImpact"),
    IMPACT_ENDED_AT("impactEndedAt"),
    PERSONAL_DATA_CATEGORIES("personalDataCategories"),
    DATA_SUBJECTS_APPROX("dataSubjectsApprox"),
    RECORDS_APPROX("recordsApprox"),
    DPO_CONTACT("dpoContact"),
    LIKELY_CONSEQUENCES("likelyConsequences"),
    MEASURES("measures"),
    REASONS_FOR_DELAY("reasonsForDelay"),
    PHASED_INFORMATION("phasedInformation"),
    PLAIN_LANGUAGE_SUMMARY("plainLanguageSummary"),
    CONTACT_POINT("contactPoint");

    /** A field's text is at most this long: a report is pasted into portals whose fields are bounded too. */
    public static final int MAX_LENGTH = 20_000;

    private final String key;

    DraftField(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<DraftField> ofKey(String key) {
        return Arrays.stream(values()).filter(field -> field.key.equals(key)).findFirst();
    }
}
