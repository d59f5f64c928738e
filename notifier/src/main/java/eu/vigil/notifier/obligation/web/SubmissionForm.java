package eu.vigil.notifier.obligation.web;

import eu.vigil.web.Prose;
import eu.vigil.web.ShortText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDateTime;

/**
 * The submission form: the instant as the DPO's clock showed it, read in the zone the form was shown in.
 *
 * @param timeZone     the zone the form was rendered in (a hidden field), so the time means what the DPO saw
 * @param draftVersion the approved version of the draft that was sent; null when none was
 * @param channel      how it was sent; null when not said
 */
record SubmissionForm(@NotNull(message = "Enter when the report was submitted")
                      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime submittedAt,
                      @ShortText(max = 64) String timeZone,
                      @ShortText(max = 200) String reference,
                      @Prose(max = 4000) String reasonForDelay,
                      @Positive @Max(100_000) Integer draftVersion,
                      @ShortText(max = 16) @Pattern(regexp = "|portal|e-mail|phone|other", // empty: not said
                              message = "must be portal, e-mail, phone or other") String channel) {
}
