package eu.vigil.command.incident;

import eu.vigil.contracts.YesNoUnknown;
import eu.vigil.contracts.incident.PersonalDataCategory;

import java.time.Instant;
import java.util.List;

/**
 * Whether personal data is involved and which.
 *
 * @param categories              only when involved is yes
 * @param approximateDataSubjects may be null when not known
 * @param awareAt                 when the hospital became aware of the personal data breach (GDPR Art. 33(1)); null
 *                                keeps the instant assessed before, else takes the incident's awareness, the safe
 *                                reading
 */
public record PersonalData(YesNoUnknown involved, List<PersonalDataCategory> categories,
                           Integer approximateDataSubjects, Instant awareAt) {
}
