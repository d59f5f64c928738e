/** How a consumer folds an incident's events into the one {@code IncidentState} it derives its own rows from. */
package eu.vigil.consumer.incident;
