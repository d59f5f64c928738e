package eu.vigil.contracts.notification;

import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

/**
 * The hospital now owes something to an authority (or to its own register) because a deadline rule's trigger
 * holds for an incident.
 *
 * @param regime                {@code nis2} or {@code gdpr}
 * @param recipientKind         {@code csirt}, {@code data-protection-authority}, {@code data-subjects}, ...
 * @param authority             the authority's name for this hospital; null when the hospital has none configured
 * @param baselineFallback      true when the EU baseline applies because the country has no encoded variant
 * @param triggeredAt           the instant the clock runs from, such as the awareness instant
 * @param dueAt                 the latest instant, in UTC; null for "without undue delay" and "as requested"
 * @param timeZone              the hospital's zone, for reading the due instant as its staff do
 * @param significanceUndecided a NIS2 obligation that runs while the incident's significance is not decided
 * @param basis                 why it opened when a person's decision opened it (an authority's request, a high
 *                              risk to data subjects); null when an incident event did
 */
public record ObligationOpened(UUID obligationId, IncidentId incidentId, HospitalId hospitalId, String ruleId,
                               String regime, String title, String recipientKind, String authority,
                               String legalBasis, URI source, String jurisdiction, String ruleVersion,
                               boolean baselineFallback, Instant triggeredAt, Instant dueAt, String timeZone,
                               boolean significanceUndecided, String basis)
        implements NotificationEvent {
}
