package eu.vigil.notifier.register;

import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.RsitCategory;
import eu.vigil.contracts.incident.ClinicalService;
import eu.vigil.contracts.incident.PatientCareImpact;
import eu.vigil.contracts.incident.PersonalDataCategory;
import eu.vigil.contracts.notification.ObligationStatus;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * One personal data breach as GDPR Art. 33(5) asks it documented: the facts, its effects, the remedial action taken,
 * and whether the supervisory authority (Art. 33) and the data subjects (Art. 34) were told.
 *
 * @param breachAwareAt           when the hospital became aware of the breach: GDPR Art. 33(1) runs from it
 * @param timeZone                the hospital's zone, in which the register shows the awareness and counts its years
 * @param approximateDataSubjects GDPR Art. 33(3)(a); null when not assessed
 * @param patientCareImpact       null until the impact was assessed
 * @param remedialActions         the incident's current timeline entries of kind action, oldest first
 * @param authority               the Art. 33 notification; null only in the moment before its obligation opens
 * @param dataSubjects            the Art. 34 communication; null unless the DPO decided on a high risk
 */
public record BreachEntry(IncidentId incidentId, String summary, RsitCategory category, Instant breachAwareAt,
                          ZoneId timeZone, List<PersonalDataCategory> personalDataCategories,
                          Integer approximateDataSubjects, PatientCareImpact patientCareImpact,
                          List<ClinicalService> affectedServices, List<RemedialAction> remedialActions,
                          RegisterStatus status, Notice authority, Notice dataSubjects) {

    public BreachEntry {
        personalDataCategories = List.copyOf(personalDataCategories);
        affectedServices = List.copyOf(affectedServices);
        remedialActions = List.copyOf(remedialActions);
    }

    /** The breach's awareness on the hospital's wall clock. */
    public OffsetDateTime breachAwareAtLocal() {
        return breachAwareAt.atZone(timeZone).toOffsetDateTime();
    }

    /** An action taken against the breach, as the incident's timeline records it. */
    public record RemedialAction(Instant happenedAt, String text) {
    }

    /**
     * Where an obligation to tell someone stands; its page shows what was sent.
     *
     * @param submittedAt when it was submitted; null unless submitted
     * @param reference   the authority's reference; null when none was given
     * @param reason      why it was declared not required; null unless so
     */
    public record Notice(UUID obligationId, ObligationStatus status, Instant dueAt, Instant submittedAt,
                         String reference, String reason) {

        /** The obligation's page: the approved draft, its exports and the submission. */
        public String link() {
            return "/deadlines/" + obligationId;
        }
    }
}
