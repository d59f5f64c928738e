package eu.vigil.contracts.incident;

import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.YesNoUnknown;

import java.time.Instant;
import java.util.List;

/**
 * Whether personal data is involved, replacing any earlier assessment; yes or unknown opens the GDPR Art. 33
 * clock.
 *
 * @param categories              in the order of {@link PersonalDataCategory}, without repeats; empty unless yes
 * @param approximateDataSubjects GDPR Art. 33(3)(a); null when not known
 * @param reason                  why it changed; null on the first assessment
 * @param awareAt                 when the hospital became aware of the personal data breach: GDPR Art. 33(1) runs
 *                                from it; null when no personal data is involved, and in assessments recorded before
 *                                it was asked (the incident's awareness is then the safe reading)
 */
public record PersonalDataAssessed(IncidentId incidentId, YesNoUnknown involved,
                                   List<PersonalDataCategory> categories, Integer approximateDataSubjects,
                                   String reason, Instant awareAt)
        implements IncidentEvent {
}
