package eu.vigil.command.incident.web;

import eu.vigil.web.Prose;
import eu.vigil.web.ShortText;
import jakarta.validation.constraints.NotBlank;

import java.util.UUID;

/** Why something is withdrawn: an indicator, or the share with the CERT. */
public record ReasonForm(@NotBlank @Prose(max = 4000) String reason, @ShortText(max = 100) String requestToken) {

    public static ReasonForm blank() {
        return new ReasonForm(null, UUID.randomUUID().toString());
    }
}
