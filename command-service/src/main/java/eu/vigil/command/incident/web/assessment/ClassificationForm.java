package eu.vigil.command.incident.web.assessment;

import eu.vigil.web.Prose;
import eu.vigil.web.ShortText;
import eu.vigil.command.incident.Classification;
import eu.vigil.command.incident.ClassifyIncident;
import eu.vigil.command.incident.web.Choices;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.RsitCategory;
import eu.vigil.contracts.YesNoUnknown;
import eu.vigil.contracts.incident.IncidentClassified;
import eu.vigil.contracts.incident.Severity;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;

import java.util.List;
import java.util.UUID;

import static eu.vigil.command.incident.web.assessment.AssessmentForms.codeOf;
import static eu.vigil.command.incident.web.assessment.AssessmentForms.codesOf;

record ClassificationForm(@NotBlank String category, @Size(max = 30) List<String> otherCategories, @ShortText(max = 200) String threatFamily,
                          String severity, String suspectedMalicious, @Prose(max = 4000) String reason,
                          @ShortText(max = 100) String requestToken) {

    static ClassificationForm of(IncidentClassified current) {
        return new ClassificationForm(current.category().code(), codesOf(current.otherCategories(), RsitCategory::code),
                current.threatFamily(), codeOf(current.severity(), Severity::code),
                codeOf(current.suspectedMalicious(), YesNoUnknown::code), null, UUID.randomUUID().toString());
    }

    ClassifyIncident toCommand(IncidentId id, HospitalId hospital, Errors errors) {
        return new ClassifyIncident(id, hospital, new Classification(
                Choices.one(category, RsitCategory::fromCode, "category", errors),
                Choices.many(otherCategories, RsitCategory::fromCode, "otherCategories", errors), threatFamily,
                Choices.one(severity, Severity::fromCode, "severity", errors),
                Choices.one(suspectedMalicious, YesNoUnknown::fromCode, "suspectedMalicious", errors)), reason);
    }
}
