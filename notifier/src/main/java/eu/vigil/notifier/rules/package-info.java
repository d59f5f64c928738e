/** Deadline rules as data, one file per regime and jurisdiction, and the due instants they give. */
package eu.vigil.notifier.rules;
