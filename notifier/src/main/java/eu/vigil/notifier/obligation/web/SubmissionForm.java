package eu.vigil.notifier.obligation.web;

import eu.vigil.web.Prose;
import eu.vigil.web.ShortText;
import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDateTime;

/**
 * The submission form: the instant as the DPO's clock showed it, read in the zone the form was shown in.
 *
 * @param timeZone the zone the form was rendered in (a hidden field), so the time means what the DPO saw
 */
record SubmissionForm(@NotNull(message = "Enter when the report was submitted")
                      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime submittedAt,
                      @ShortText(max = 64) String timeZone,
                      @ShortText(max = 200) String reference,
                      @Prose(max = 4000) String reasonForDelay) {
}
