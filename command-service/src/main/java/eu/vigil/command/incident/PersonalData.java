package eu.vigil.command.incident;

import eu.vigil.contracts.YesNoUnknown;
import eu.vigil.contracts.incident.PersonalDataCategory;

import java.util.List;

/**
 * Whether personal data is involved and which.
 *
 * @param categories              only when involved is yes
 * @param approximateDataSubjects may be null when not known
 */
public record PersonalData(YesNoUnknown involved, List<PersonalDataCategory> categories,
                           Integer approximateDataSubjects) {
}
