package eu.vigil.notifier.obligation;

import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;

import java.net.URI;

/**
 * What an obligation is, fixed when it opens: the incident, the rule it comes from and whom it is owed to.
 *
 * @param basis why it opened when a person's decision opened it (the authority's request, the DPO's reasons for
 *              a high risk); null when an incident event did
 */
public record ObligationTerms(IncidentId incidentId, HospitalId hospitalId, String ruleId, String regime,
                              String title, String recipientKind, String authority, String legalBasis, URI source,
                              String jurisdiction, String ruleVersion, boolean baselineFallback, String timeZone,
                              String basis) {
}
