package eu.vigil.notifier.config;

import eu.vigil.notifier.obligation.ObligationMetaData;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What is the notifier's own in Axon: eventstore-kit gives the event store in schema {@code notification}, the
 * duplicate-key resolver, propagating handler errors and the actor's metadata.
 */
@Configuration(proxyBeanMethods = false)
class AxonConfig {

    /** What a person records for a drill's obligation (a submission, a draft) says in its events that it rehearsed. */
    @Bean
    CorrelationDataProvider drillCorrelation() {
        return new SimpleCorrelationDataProvider(ObligationMetaData.DRILL_ID);
    }
}
