package eu.vigil.command.incident.web.assessment;

import eu.vigil.command.incident.AssessPersonalData;
import eu.vigil.command.incident.PersonalData;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.YesNoUnknown;
import eu.vigil.contracts.incident.PersonalDataCategory;
import eu.vigil.web.Prose;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;

/**
 * @param awareAt when the hospital became aware of the personal data breach (GDPR Art. 33(1)); left out, the instant
 *                assessed before stays, else the incident's awareness is taken
 */
record AssessPersonalDataRequest(@NotNull YesNoUnknown involved, @Size(max = 20) List<PersonalDataCategory> categories,
                                 @PositiveOrZero @Max(100_000_000) Integer approximateDataSubjects,
                                 @Prose(max = 4000) String reason, Instant awareAt) {

    AssessPersonalData toCommand(IncidentId id, HospitalId hospital, Instant recordedAt) {
        return new AssessPersonalData(id, hospital,
                new PersonalData(involved, categories, approximateDataSubjects, awareAt), reason, recordedAt);
    }
}
