/** The drill keys every consumer of a drill's records reads, and the opening of sealed records (ADR 0023). */
package eu.vigil.consumer.drill;
