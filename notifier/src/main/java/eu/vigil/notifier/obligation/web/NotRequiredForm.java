package eu.vigil.notifier.obligation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record NotRequiredForm(@NotBlank(message = "Give the reason: the authority may ask for it (GDPR Art. 33(5))")
                       @Size(max = 4000) String reason) {
}
