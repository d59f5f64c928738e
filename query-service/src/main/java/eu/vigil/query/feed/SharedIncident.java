package eu.vigil.query.feed;

import eu.vigil.contracts.Tlp;

import java.time.Instant;
import java.util.List;

/**
 * A share as one reader of the feed sees it: the indicators it may read, its publisher (the hospital, or its
 * pseudonym), never the hospital's id behind a pseudonym. A withdrawn share shows only its label and instants.
 *
 * @param own        whether the reader's own hospital shared it
 * @param country    ISO 3166-1 alpha-2 code of the sharing hospital; null when its share did not carry one
 * @param sectorView whether the hospital opted into the sector view (ADR 0020)
 */
public record SharedIncident(String incidentId, String publisher, boolean pseudonymised, boolean own, int revision,
                             Tlp tlp, String category, String severity, String summary, String phase,
                             String patientCareImpact, String crossBorder, List<String> deviceTypes,
                             List<Indicator> indicators, Instant firstSharedAt, Instant changedAt,
                             Instant withdrawnAt, String country, boolean sectorView) {

    /**
     * @param seenAtHospitals      for the CERT: at how many hospitals the value was shared
     * @param alsoSeenElsewhere    for the sharing hospital: at how many other hospitals, once at least k
     * @param warningList          the warning list the value is on, so never correlated; null when on none
     * @param tooCommon            shared by more incidents than the correlation's cap: noise, not correlated
     */
    public record Indicator(String type, String value, Tlp tlp, Integer seenAtHospitals, Integer alsoSeenElsewhere,
                            String warningList, boolean tooCommon) {

        Indicator(String type, String value, Tlp tlp) {
            this(type, value, tlp, null, null, null, false);
        }

        Indicator correlated(Integer hospitals, Integer elsewhere, String list, boolean common) {
            return new Indicator(type, value, tlp, hospitals, elsewhere, list, common);
        }
    }

    SharedIncident withIndicators(List<Indicator> decorated) {
        return new SharedIncident(incidentId, publisher, pseudonymised, own, revision, tlp, category, severity,
                summary, phase, patientCareImpact, crossBorder, deviceTypes, decorated, firstSharedAt, changedAt,
                withdrawnAt, country, sectorView);
    }

    public boolean withdrawn() {
        return withdrawnAt != null;
    }
}
