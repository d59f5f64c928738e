/** The incidents the notifier has seen on the incident topic: the input that obligations will be computed from. */
package eu.vigil.notifier.incident;
