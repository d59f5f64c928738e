/**
 * Moving an incident through its phases, reopening it, recording when its handling was concluded and when its impact
 * ended, and correcting when it was detected and known.
 */
package eu.vigil.command.incident.web.phase;
