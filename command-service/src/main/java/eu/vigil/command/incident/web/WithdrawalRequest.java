package eu.vigil.command.incident.web;

import eu.vigil.web.Prose;
import jakarta.validation.constraints.NotBlank;

/** Why an indicator or a share is withdrawn. */
public record WithdrawalRequest(@NotBlank @Prose(max = 4000) String reason) {
}
