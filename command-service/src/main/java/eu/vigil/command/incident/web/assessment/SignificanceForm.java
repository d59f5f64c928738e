package eu.vigil.command.incident.web.assessment;

import eu.vigil.web.Prose;
import eu.vigil.web.ShortText;
import eu.vigil.command.incident.AssessSignificance;
import eu.vigil.command.incident.SignificanceDecision;
import eu.vigil.command.incident.web.Choices;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.incident.Significance;
import eu.vigil.contracts.incident.SignificanceAssessed;
import jakarta.validation.constraints.NotBlank;
import org.springframework.validation.Errors;

import java.util.UUID;

record SignificanceForm(@NotBlank String significance, @Prose(max = 4000) String reason, @ShortText(max = 100) String requestToken) {

    static SignificanceForm of(SignificanceAssessed current) {
        return new SignificanceForm(current == null ? Significance.UNDECIDED.code() : current.significance().code(),
                current == null ? null : current.reason(), UUID.randomUUID().toString());
    }

    AssessSignificance toCommand(IncidentId id, HospitalId hospital, Errors errors) {
        return new AssessSignificance(id, hospital, new SignificanceDecision(
                Choices.one(significance, Significance::fromCode, "significance", errors), reason));
    }
}
