package eu.vigil.notifier.obligation.web;

import eu.vigil.web.Prose;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;
import java.util.UUID;

/**
 * @param requestedAt when the authority asked
 * @param dueAt       the instant the authority set (NIS2 sets no period of its own)
 * @param request     what it asked for, and its reference if any
 */
record IntermediateReportRequest(@NotNull UUID incidentId, @NotNull Instant requestedAt, @NotNull Instant dueAt,
                                 @NotBlank @Prose(max = 4000) String request) {
}
