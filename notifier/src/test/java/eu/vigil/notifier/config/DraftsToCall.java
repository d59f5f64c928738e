package eu.vigil.notifier.config;

import eu.vigil.contracts.Actor;
import eu.vigil.contracts.IncidentId;
import eu.vigil.notifier.draft.DraftField;
import eu.vigil.notifier.draft.Drafts;
import eu.vigil.notifier.obligation.ObligationIds;
import eu.vigil.notifier.obligation.ObligationView;

import java.util.Map;
import java.util.UUID;

/**
 * The drafts the matrix calls, each on an obligation of its own so that no row's success changes another's (the
 * matrix's other rows close the first incident's obligations): of two more incidents, one early warning has a
 * version for the API to approve and one for the form, a notification has an approved version to export, and a
 * recipients' notice and a GDPR notification have no version yet.
 */
record DraftsToCall(UUID toApproveByApi, String toApproveByApiDigest, UUID toApprove, String toApproveDigest,
                    UUID approved, UUID recipients, UUID gdpr) {

    private static final Actor DPO = new Actor("u-dpo-setup", "DPO");
    private static final Map<DraftField, String> EARLY_WARNING = Map.of(DraftField.SUMMARY, "Ransomware",
            DraftField.AWARE_AT, "today", DraftField.SUSPECTED_MALICIOUS, "Yes", DraftField.CROSS_BORDER, "No",
            DraftField.CONTACT_POINT, "security@brugge.example");
    private static final Map<DraftField, String> NOTIFICATION = Map.of(DraftField.SUMMARY, "Ransomware",
            DraftField.AWARE_AT, "today", DraftField.CATEGORY, "Infected system", DraftField.SEVERITY, "High",
            DraftField.PATIENT_CARE_IMPACT, "Degraded care", DraftField.CONTACT_POINT, "security@brugge.example");

    static DraftsToCall of(IncidentId first, IncidentId second, Drafts drafts, ObligationView view) {
        var byApi = view.find(ObligationIds.of(first, "NIS2_EARLY_WARNING")).orElseThrow();
        var notification = view.find(ObligationIds.of(first, "NIS2_INCIDENT_NOTIFICATION")).orElseThrow();
        var byForm = view.find(ObligationIds.of(second, "NIS2_EARLY_WARNING")).orElseThrow();
        String byApiDigest = drafts.save(byApi, DPO, 0, "en", EARLY_WARNING).digest();
        var toExport = drafts.save(notification, DPO, 0, "en", NOTIFICATION);
        drafts.approve(notification, DPO, 1, toExport.digest());
        String byFormDigest = drafts.save(byForm, DPO, 0, "en", EARLY_WARNING).digest();
        return new DraftsToCall(byApi.obligationId(), byApiDigest, byForm.obligationId(), byFormDigest,
                notification.obligationId(), ObligationIds.of(second, "NIS2_RECIPIENTS_NOTICE"),
                ObligationIds.of(second, "GDPR_SA_NOTIFICATION"));
    }
}
