package eu.vigil.notifier.obligation.web;

import eu.vigil.web.Prose;
import jakarta.validation.constraints.NotNull;

import java.util.UUID;

/** @param reasons why the breach is likely to result in a high risk to the data subjects (GDPR Art. 34(1)) */
record HighRiskDecisionRequest(@NotNull UUID incidentId, @Prose(max = 4000) String reasons) {
}
