package eu.vigil.notifier.incident.web;

import eu.vigil.notifier.incident.SeenIncident;

import java.util.List;

/** How many incidents of the caller's hospital the notifier has seen, and the most recently seen of them. */
record SeenIncidentsResponse(long count, List<SeenIncident> newest) {
}
