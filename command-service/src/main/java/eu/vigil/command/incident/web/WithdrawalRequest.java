package eu.vigil.command.incident.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why an indicator or a share is withdrawn. */
record WithdrawalRequest(@NotBlank @Size(max = 4000) String reason) {
}
