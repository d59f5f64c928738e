/**
 * Drills and their reports (ADR 0022): the drill read model, projected from {@code vigil.drill-events}, and its score,
 * computed on read from the drill, its incidents' histories and their obligations.
 */
package eu.vigil.query.drill;
