package eu.vigil.notifier.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

@Configuration(proxyBeanMethods = false)
class ClockConfig {

    /** The pages' "now" (time left); the obligation aggregate reads Axon's clock instead. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
