/** Axon's event and token store on PostgreSQL in a service's own schema, and the settings of Vigil's Kafka topics. */
package eu.vigil.eventstore;
