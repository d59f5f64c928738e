package eu.vigil.notifier.obligation.web;

import eu.vigil.web.Prose;
import eu.vigil.web.ShortText;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;

/**
 * @param reference      the authority's reference for the submission, one line
 * @param reasonForDelay required when submitted after the due instant (GDPR Art. 33(1))
 */
record SubmissionRequest(@NotNull Instant submittedAt, @ShortText(max = 200) String reference,
                         @Prose(max = 4000) String reasonForDelay) {
}
