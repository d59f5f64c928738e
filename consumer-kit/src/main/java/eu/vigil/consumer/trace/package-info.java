/**
 * How a batch listener continues the traces its records carry (issue 18), as spring-kafka does for a record listener.
 */
package eu.vigil.consumer.trace;
