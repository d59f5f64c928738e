package eu.vigil.command.incident.web.assessment;

import eu.vigil.command.incident.AssessPersonalData;
import eu.vigil.command.incident.IncidentView;
import eu.vigil.command.incident.PersonalData;
import eu.vigil.command.incident.web.Choices;
import eu.vigil.command.incident.web.FormTimes;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.YesNoUnknown;
import eu.vigil.contracts.incident.PersonalDataCategory;
import eu.vigil.web.Prose;
import eu.vigil.web.ShortText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import static eu.vigil.command.incident.web.assessment.AssessmentForms.codesOf;
import static org.springframework.format.annotation.DateTimeFormat.ISO.DATE_TIME;

/**
 * @param awareAt when the hospital became aware of the personal data breach, in the form's zone: GDPR Art. 33(1)
 *                runs from it; prefilled with the instant assessed before, else the incident's awareness
 */
record PersonalDataForm(@NotBlank String involved, @Size(max = 30) List<String> categories,
                        @PositiveOrZero @Max(100_000_000) Integer approximateDataSubjects, @Prose(max = 4000) String reason,
                        @DateTimeFormat(iso = DATE_TIME) LocalDateTime awareAt, @ShortText(max = 100) String requestToken) {

    static PersonalDataForm of(IncidentView incident, FormTimes times) {
        var current = incident.personalData();
        Instant breachAwareAt = incident.state().personalDataAwareAt() != null
                ? incident.state().personalDataAwareAt() : incident.awareAt();
        return new PersonalDataForm(current.involved().code(), codesOf(current.categories(), PersonalDataCategory::code),
                current.approximateDataSubjects(), null, times.local(breachAwareAt), UUID.randomUUID().toString());
    }

    AssessPersonalData toCommand(IncidentId id, HospitalId hospital, FormTimes times, Instant recordedAt,
                                 Errors errors) {
        return new AssessPersonalData(id, hospital, new PersonalData(
                Choices.one(involved, YesNoUnknown::fromCode, "involved", errors),
                Choices.many(categories, PersonalDataCategory::fromCode, "categories", errors),
                approximateDataSubjects, times.instant(awareAt, "awareAt", errors)), reason, recordedAt);
    }
}
