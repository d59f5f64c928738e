package eu.vigil.notifier.obligation.web;

import eu.vigil.web.Prose;
import eu.vigil.web.ShortText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;

import java.time.Instant;

/**
 * @param reference      the authority's reference for the submission, one line
 * @param reasonForDelay required when submitted after the due instant (GDPR Art. 33(1))
 * @param draftVersion   the approved version of the draft that was sent, if one was
 * @param channel        how it was sent
 */
record SubmissionRequest(@NotNull Instant submittedAt, @ShortText(max = 200) String reference,
                         @Prose(max = 4000) String reasonForDelay,
                         @Positive @Max(100_000) Integer draftVersion,
                         @Pattern(regexp = "portal|e-mail|phone|other",
                                 message = "must be portal, e-mail, phone or other") String channel) {
}
