/** What every service and the gateway tell an operator: JSON logs on request, traces across HTTP and Kafka. */
package eu.vigil.web.observability;
