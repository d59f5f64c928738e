package eu.vigil.command.incident;

import eu.vigil.contracts.RsitCategory;
import eu.vigil.contracts.YesNoUnknown;
import eu.vigil.contracts.incident.Severity;

import java.util.List;

/**
 * How the incident is classified.
 *
 * @param threatFamily       may be null
 * @param severity           may be null when not judged yet
 * @param suspectedMalicious null counts as unknown
 */
public record Classification(RsitCategory category, List<RsitCategory> otherCategories, String threatFamily,
                             Severity severity, YesNoUnknown suspectedMalicious) {
}
