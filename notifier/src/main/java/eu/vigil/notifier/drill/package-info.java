/** What the notifier knows of a drill besides its incidents' marks: whom its mail goes to (ADR 0022). */
package eu.vigil.notifier.drill;
