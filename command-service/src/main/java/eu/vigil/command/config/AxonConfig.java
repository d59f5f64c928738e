package eu.vigil.command.config;

import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static eu.vigil.command.incident.CommandMetaData.REQUEST_FINGERPRINT;
import static eu.vigil.command.incident.CommandMetaData.REQUEST_ID;

/**
 * What is command-service's own in Axon: eventstore-kit gives the event store in schema {@code incident}
 * (V1__event_store.sql), the duplicate-key resolver, propagating handler errors and the actor's metadata.
 */
@Configuration(proxyBeanMethods = false)
class AxonConfig {

    /** In which request, with which body, each command was sent travels on to the events it causes. */
    @Bean
    CorrelationDataProvider requestCorrelation() {
        return new SimpleCorrelationDataProvider(REQUEST_ID, REQUEST_FINGERPRINT);
    }
}
