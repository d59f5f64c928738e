/** The records of the topics as the listeners read them: a drill's sealed ones opened with its key (ADR 0023). */
package eu.vigil.notifier.sealed;
