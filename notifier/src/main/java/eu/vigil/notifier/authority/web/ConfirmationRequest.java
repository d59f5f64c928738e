package eu.vigil.notifier.authority.web;

import eu.vigil.notifier.authority.FactName;
import eu.vigil.web.ShortText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * A DPO's word on one fact for the own hospital.
 *
 * @param value     the value as it holds for the hospital; a list comma-separated ({@code nl,fr})
 * @param confirmed false records that the DPO found the value wrong or unverifiable
 */
record ConfirmationRequest(
        @NotBlank @ShortText(max = 20) @Pattern(regexp = FactName.CODES, message = "must be one of " + FactName.CODES)
        String fact,
        @NotBlank @ShortText(max = 500) String value,
        @NotNull Boolean confirmed) {
}
