package eu.vigil.notifier.obligation.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** @param reasons why the breach is likely to result in a high risk to the data subjects (GDPR Art. 34(1)) */
record HighRiskDecisionRequest(@NotNull UUID incidentId, @Size(max = 4000) String reasons) {
}
