package eu.vigil.notifier.obligation;

import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.RsitCategory;

import java.util.Collection;
import java.util.Map;

/** The primary RSIT category of incidents, shown beside their obligations; the incident feature answers. */
public interface IncidentCategories {

    /** The categories of those incidents the notifier has seen; an incident it has not seen is absent. */
    Map<IncidentId, RsitCategory> of(Collection<IncidentId> incidents);
}
