package eu.vigil.command.incident.web;

import eu.vigil.command.incident.AssessSignificance;
import eu.vigil.command.incident.SignificanceDecision;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.incident.Significance;
import eu.vigil.contracts.incident.SignificanceAssessed;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;

import java.util.UUID;

record SignificanceForm(@NotBlank String significance, @Size(max = 4000) String reason, String requestToken) {

    static SignificanceForm of(SignificanceAssessed current) {
        return new SignificanceForm(current == null ? Significance.UNDECIDED.code() : current.significance().code(),
                current == null ? null : current.reason(), UUID.randomUUID().toString());
    }

    AssessSignificance toCommand(IncidentId id, HospitalId hospital, Errors errors) {
        return new AssessSignificance(id, hospital, new SignificanceDecision(
                Choices.one(significance, Significance::fromCode, "significance", errors), reason));
    }
}
