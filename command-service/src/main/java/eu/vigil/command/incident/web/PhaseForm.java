package eu.vigil.command.incident.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** A phase to move to, with a note (a phase change) or a reason (a reopening, where it is required). */
record PhaseForm(@NotBlank String phase, @Size(max = 8000) String note, String requestToken) {

    static PhaseForm blank() {
        return new PhaseForm(null, null, UUID.randomUUID().toString());
    }
}
