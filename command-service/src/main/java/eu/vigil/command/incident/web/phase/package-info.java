/** Moving an incident through its phases, reopening it, and correcting when it was detected and known. */
package eu.vigil.command.incident.web.phase;
