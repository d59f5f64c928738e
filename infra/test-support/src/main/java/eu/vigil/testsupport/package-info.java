/** Gives every integration test a real PostgreSQL and Kafka, isolated per test class. */
package eu.vigil.testsupport;
