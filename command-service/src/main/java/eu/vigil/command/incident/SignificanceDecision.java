package eu.vigil.command.incident;

import eu.vigil.contracts.incident.Significance;

/** Whether the incident is significant under NIS2 Art. 23(3), and why; a reason is required for "no". */
public record SignificanceDecision(Significance significance, String reason) {
}
