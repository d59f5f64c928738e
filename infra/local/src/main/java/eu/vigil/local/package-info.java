/** The one-command local stack: embedded PostgreSQL and Kafka, the three services as child processes, demo data. */
package eu.vigil.local;
