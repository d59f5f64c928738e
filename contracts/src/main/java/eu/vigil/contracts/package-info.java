/** The language Vigil's services share over Kafka: event records, their envelope, topics and JSON form. */
package eu.vigil.contracts;
