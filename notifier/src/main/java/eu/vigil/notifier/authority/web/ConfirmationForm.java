package eu.vigil.notifier.authority.web;

import eu.vigil.notifier.authority.FactName;
import eu.vigil.web.ShortText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** The page's confirm form; an unticked box sends nothing, which is false. */
record ConfirmationForm(
        @NotBlank @ShortText(max = 20) @Pattern(regexp = FactName.CODES, message = "Choose a fact from the list")
        String fact,
        @NotBlank(message = "Enter the value as it holds for your hospital") @ShortText(max = 500) String value,
        Boolean confirmed) {

    public boolean isConfirmed() {
        return Boolean.TRUE.equals(confirmed);
    }
}
