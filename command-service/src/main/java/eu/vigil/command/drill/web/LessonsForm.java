package eu.vigil.command.drill.web;

import eu.vigil.web.Prose;
import eu.vigil.web.ShortText;
import jakarta.validation.constraints.NotBlank;

import java.util.UUID;

/** The drill page's form for its lessons learned, bounded as {@code PUT /api/drills/{id}/lessons} reads them. */
record LessonsForm(@NotBlank @Prose(max = 8000) String text, @ShortText(max = 100) String requestToken) {

    /** The lessons recorded so far to edit, or none, and a fresh token for this showing of the form. */
    static LessonsForm of(String recorded) {
        return new LessonsForm(recorded, UUID.randomUUID().toString());
    }
}
