package eu.vigil.notifier.obligation.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDateTime;

/**
 * The submission form: the instant as the DPO's clock showed it, read in the zone the form was shown in.
 *
 * @param timeZone the zone the form was rendered in (a hidden field), so the time means what the DPO saw
 */
record SubmissionForm(@NotNull(message = "Enter when the report was submitted")
                      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime submittedAt,
                      String timeZone,
                      @Size(max = 200) String reference,
                      @Size(max = 4000) String reasonForDelay) {
}
