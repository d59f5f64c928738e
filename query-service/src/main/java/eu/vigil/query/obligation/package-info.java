/**
 * The obligations the notifier opened for each incident, from {@code vigil.notification-events}: the incident page
 * lists them and shows their events in the incident's history, the incident list their running count and next due.
 */
package eu.vigil.query.obligation;
