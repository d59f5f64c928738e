package eu.vigil.notifier.obligation.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** @param reasonForDelay required when submitted after the due instant (GDPR Art. 33(1)) */
record SubmissionRequest(@NotNull Instant submittedAt, @Size(max = 200) String reference,
                         @Size(max = 4000) String reasonForDelay) {
}
