/** Incidents a hospital reports: the Incident aggregate, its commands and the rules it enforces. */
package eu.vigil.command.incident;
