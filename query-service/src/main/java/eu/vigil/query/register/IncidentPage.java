package eu.vigil.query.register;

import java.util.List;

/**
 * One page of the incident list.
 *
 * @param next where the following page starts; null on the last page
 */
public record IncidentPage(List<RegisteredIncident> items, IncidentCursor next) {
}
