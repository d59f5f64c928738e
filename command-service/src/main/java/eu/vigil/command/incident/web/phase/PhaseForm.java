package eu.vigil.command.incident.web.phase;

import eu.vigil.web.Prose;
import eu.vigil.web.ShortText;
import jakarta.validation.constraints.NotBlank;

import java.util.UUID;

/** A phase to move to, with a note (a phase change) or a reason (a reopening, where it is required). */
record PhaseForm(@NotBlank String phase, @Prose(max = 8000) String note, @ShortText(max = 100) String requestToken) {

    static PhaseForm blank() {
        return new PhaseForm(null, null, UUID.randomUUID().toString());
    }
}
