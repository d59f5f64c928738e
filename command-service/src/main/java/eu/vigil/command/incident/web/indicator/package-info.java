/** Indicators of compromise: adding, correcting and withdrawing them, by form and by API. */
package eu.vigil.command.incident.web.indicator;
