package eu.vigil.notifier.draft.web;

import eu.vigil.notifier.draft.DraftField;
import eu.vigil.web.Prose;
import eu.vigil.web.ShortText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.util.Map;

/**
 * A new version of a draft.
 *
 * @param basedOn  the version the text was written from, 0 for the first save
 * @param language ISO 639-1 code: en, fr, nl, de, es, it or pt
 * @param fields   the text of each field by its key; a field left out or blank is not written, a null is refused
 */
record DraftSaveRequest(
        @NotNull @PositiveOrZero @Max(100_000) Integer basedOn,
        @NotBlank @ShortText(max = 2) String language,
        @NotNull @Size(max = 40) Map<@NotBlank @ShortText(max = 40) String,
                @NotNull @Prose(max = DraftField.MAX_LENGTH) String> fields) {
}
