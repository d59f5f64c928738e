package eu.vigil.command.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

@Configuration(proxyBeanMethods = false)
class ClockConfig {

    /** The edge stamps commands with this clock; the domain never reads the time itself. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
