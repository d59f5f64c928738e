/** Publication of the event store to Kafka: at least once, in order per incident, after the broker acknowledged. */
package eu.vigil.command.publication;
