package eu.vigil.command.incident.web.assessment;

import eu.vigil.web.Prose;
import eu.vigil.web.ShortText;
import jakarta.validation.constraints.Max;
import eu.vigil.command.incident.AssessPersonalData;
import eu.vigil.command.incident.PersonalData;
import eu.vigil.command.incident.web.Choices;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.YesNoUnknown;
import eu.vigil.contracts.incident.PersonalDataAssessed;
import eu.vigil.contracts.incident.PersonalDataCategory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;

import java.util.List;
import java.util.UUID;

import static eu.vigil.command.incident.web.assessment.AssessmentForms.codesOf;

record PersonalDataForm(@NotBlank String involved, @Size(max = 30) List<String> categories,
                        @PositiveOrZero @Max(100_000_000) Integer approximateDataSubjects, @Prose(max = 4000) String reason,
                        @ShortText(max = 100) String requestToken) {

    static PersonalDataForm of(PersonalDataAssessed current) {
        return new PersonalDataForm(current.involved().code(), codesOf(current.categories(), PersonalDataCategory::code),
                current.approximateDataSubjects(), null, UUID.randomUUID().toString());
    }

    AssessPersonalData toCommand(IncidentId id, HospitalId hospital, Errors errors) {
        return new AssessPersonalData(id, hospital, new PersonalData(
                Choices.one(involved, YesNoUnknown::fromCode, "involved", errors),
                Choices.many(categories, PersonalDataCategory::fromCode, "categories", errors),
                approximateDataSubjects), reason);
    }
}
