package eu.vigil.query.feed;

import eu.vigil.contracts.Tlp;

import java.time.Instant;
import java.util.List;

/**
 * A share as one reader of the feed sees it: the indicators it may read, its publisher (the hospital, or its
 * pseudonym), never the hospital's id behind a pseudonym. A withdrawn share shows only its label and instants.
 *
 * @param own whether the reader's own hospital shared it
 */
public record SharedIncident(String incidentId, String publisher, boolean pseudonymised, boolean own, int revision,
                             Tlp tlp, String category, String severity, String summary, String phase,
                             String patientCareImpact, String crossBorder, List<String> deviceTypes,
                             List<Indicator> indicators, Instant firstSharedAt, Instant changedAt,
                             Instant withdrawnAt) {

    public record Indicator(String type, String value, Tlp tlp) {
    }

    public boolean withdrawn() {
        return withdrawnAt != null;
    }
}
