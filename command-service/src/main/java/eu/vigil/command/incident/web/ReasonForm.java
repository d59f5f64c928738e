package eu.vigil.command.incident.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** Why something is withdrawn: an indicator, or the share with the CERT. */
record ReasonForm(@NotBlank @Size(max = 4000) String reason, String requestToken) {

    static ReasonForm blank() {
        return new ReasonForm(null, UUID.randomUUID().toString());
    }
}
