package eu.vigil.command.incident.web.assessment;

import eu.vigil.web.Prose;
import jakarta.validation.constraints.Max;
import eu.vigil.command.incident.AssessPersonalData;
import eu.vigil.command.incident.PersonalData;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.YesNoUnknown;
import eu.vigil.contracts.incident.PersonalDataCategory;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.util.List;

record AssessPersonalDataRequest(@NotNull YesNoUnknown involved, @Size(max = 20) List<PersonalDataCategory> categories,
                                 @PositiveOrZero @Max(100_000_000) Integer approximateDataSubjects, @Prose(max = 4000) String reason) {

    AssessPersonalData toCommand(IncidentId id, HospitalId hospital) {
        return new AssessPersonalData(id, hospital, new PersonalData(involved, categories, approximateDataSubjects),
                reason);
    }
}
