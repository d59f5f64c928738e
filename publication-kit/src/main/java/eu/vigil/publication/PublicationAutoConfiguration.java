package eu.vigil.publication;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;

import javax.sql.DataSource;
import java.time.Duration;

/**
 * The {@link ParkingPublisher} a service's publishing processor calls, its dead-letter table
 * ({@code vigil.publication.dead-letter-table}, default {@code <flyway default schema>.publication_dead_letter}),
 * and the health component {@code publicationDeadLetters}, DEGRADED while any event is parked.
 */
@AutoConfiguration
public class PublicationAutoConfiguration {

    @Bean
    PublicationDeadLetters publicationDeadLetters(DataSource dataSource, MeterRegistry meters,
            @Value("${vigil.publication.dead-letter-table:${spring.flyway.default-schema}.publication_dead_letter}")
            String table) {
        return new PublicationDeadLetters(JdbcClient.create(dataSource), table, meters);
    }

    @Bean
    ParkingPublisher parkingPublisher(KafkaTemplate<String, byte[]> kafka, PublicationDeadLetters deadLetters,
                                      @Value("${vigil.publication.send-timeout:15s}") Duration sendTimeout,
                                      MeterRegistry meters) {
        return new ParkingPublisher(kafka, deadLetters, sendTimeout, meters);
    }

    // not deadLettersHealthIndicator: consumer-kit's component has that name, and the notifier has both
    @Bean
    PublicationDeadLetterHealth publicationDeadLettersHealthIndicator(PublicationDeadLetters deadLetters) {
        return new PublicationDeadLetterHealth(deadLetters);
    }
}
