/**
 * Drills (issue 20, ADR 0022): a hospital's security officer starts one, on a scenario or none, with a clock
 * scale; incidents reported within it carry its mark from their first event on, until it ends.
 */
package eu.vigil.command.drill;
