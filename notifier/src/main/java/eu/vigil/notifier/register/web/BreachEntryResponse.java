package eu.vigil.notifier.register.web;

import eu.vigil.contracts.incident.ClinicalService;
import eu.vigil.contracts.incident.PatientCareImpact;
import eu.vigil.contracts.incident.PersonalDataCategory;
import eu.vigil.notifier.register.BreachEntry;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One breach of the register as JSON: codes for the enums, the awareness in UTC and on the hospital's wall clock.
 *
 * @param breachAwareAtLocal ISO 8601 with the hospital's offset, such as {@code 2026-03-29T04:45:00+02:00}
 * @param supervisoryAuthority null only in the moment before the notification's obligation opens
 * @param dataSubjects         null unless the DPO decided on a high risk (GDPR Art. 34(1))
 */
record BreachEntryResponse(UUID incidentId, String summary, String category, Instant breachAwareAt,
                           String breachAwareAtLocal, String timeZone, List<String> personalDataCategories,
                           Integer approximateDataSubjects, String patientCareImpact, List<String> affectedServices,
                           List<BreachEntry.RemedialAction> remedialActions, String status,
                           NoticeResponse supervisoryAuthority, NoticeResponse dataSubjects) {

    static BreachEntryResponse of(BreachEntry entry) {
        return new BreachEntryResponse(entry.incidentId().value(), entry.summary(), entry.category().code(),
                entry.breachAwareAt(), entry.breachAwareAtLocal().toString(), entry.timeZone().getId(),
                entry.personalDataCategories().stream().map(PersonalDataCategory::code).toList(),
                entry.approximateDataSubjects(),
                entry.patientCareImpact() == null ? null : entry.patientCareImpact().code(),
                entry.affectedServices().stream().map(ClinicalService::code).toList(), entry.remedialActions(),
                entry.status().code(), NoticeResponse.of(entry.authority()), NoticeResponse.of(entry.dataSubjects()));
    }

    /** @param link the obligation's page, which shows the approved draft and its exports */
    record NoticeResponse(UUID obligationId, String status, Instant dueAt, Instant submittedAt, String reference,
                          String reason, String link) {

        static NoticeResponse of(BreachEntry.Notice notice) {
            return notice == null ? null : new NoticeResponse(notice.obligationId(), notice.status().code(),
                    notice.dueAt(), notice.submittedAt(), notice.reference(), notice.reason(), notice.link());
        }
    }
}
