package eu.vigil.contracts.incident;

import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.RsitCategory;
import eu.vigil.contracts.YesNoUnknown;

import java.util.List;

/**
 * The incident's classification, replacing any earlier one as a whole.
 *
 * @param category           the primary RSIT category
 * @param otherCategories    further RSIT categories that apply, without the primary one, in RSIT order
 * @param threatFamily       a name outside RSIT such as "ransomware" or a group's name; null when none
 * @param suspectedMalicious whether an unlawful or malicious act is suspected (NIS2 Art. 23(4)(a))
 * @param reason             why it changed; null on the first classification
 */
public record IncidentClassified(IncidentId incidentId, RsitCategory category, List<RsitCategory> otherCategories,
                                 String threatFamily, Severity severity, YesNoUnknown suspectedMalicious,
                                 String reason)
        implements IncidentEvent {
}
