package eu.vigil.command.drill.web;

import eu.vigil.web.Prose;
import jakarta.validation.constraints.NotBlank;

/**
 * The drill page's form for its lessons learned, bounded as {@code PUT /api/drills/{id}/lessons} reads them. It
 * carries no request token: the lessons are the text itself, which a resubmission repeats and the drill records once.
 */
record LessonsForm(@NotBlank @Prose(max = 8000) String text) {

    /** The lessons recorded so far to edit, or none. */
    static LessonsForm of(String recorded) {
        return new LessonsForm(recorded);
    }
}
