/** Events of the drill aggregate (ADR 0022), and the mark a drill's incidents carry. */
package eu.vigil.contracts.drill;
