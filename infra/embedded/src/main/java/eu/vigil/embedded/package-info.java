/** Real PostgreSQL and Kafka servers started in-process from Maven artifacts, for the local stack and tests. */
package eu.vigil.embedded;
