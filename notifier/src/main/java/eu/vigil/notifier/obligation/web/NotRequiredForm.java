package eu.vigil.notifier.obligation.web;

import eu.vigil.web.Prose;
import jakarta.validation.constraints.NotBlank;

record NotRequiredForm(@NotBlank(message = "Give the reason: the authority may ask for it (GDPR Art. 33(5))")
                       @Prose(max = 4000) String reason) {
}
