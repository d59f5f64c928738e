/** Reporting an incident: the report form and the API that takes a first report. */
package eu.vigil.command.incident.web.report;
