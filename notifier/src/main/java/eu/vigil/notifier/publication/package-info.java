/** Publication of the obligation events to Kafka: at least once, in order per obligation, once acknowledged. */
package eu.vigil.notifier.publication;
