/** Classifying an incident and assessing its impact, personal data and NIS2 significance: pages and API. */
package eu.vigil.command.incident.web.assessment;
