package eu.vigil.query.register.web;

import eu.vigil.query.register.RegisteredIncident;

import java.util.List;

/**
 * One page of the incident list.
 *
 * @param next the {@code cursor} parameter for the following page, with the same filters; null on the last page
 */
record IncidentListResponse(List<RegisteredIncident> items, String next) {
}
