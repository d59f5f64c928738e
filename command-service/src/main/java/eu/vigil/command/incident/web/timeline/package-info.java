/** The incident's timeline: appending entries and correcting them, by form and by API. */
package eu.vigil.command.incident.web.timeline;
