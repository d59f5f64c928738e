package eu.vigil.publication;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.dao.DataAccessException;

/**
 * DEGRADED while events are parked instead of published: the service works and stays ready, but the services
 * reading its topic lack those aggregates' events.
 */
class PublicationDeadLetterHealth implements HealthIndicator {

    private static final Status DEGRADED = new Status("DEGRADED", "Events are parked instead of published");

    private final PublicationDeadLetters deadLetters;

    PublicationDeadLetterHealth(PublicationDeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @Override
    public Health health() {
        long parked;
        try {
            parked = deadLetters.count();
        } catch (DataAccessException e) {
            return Health.unknown().withDetail("reason", "database unavailable").build();
        }
        return Health.status(parked == 0 ? Status.UP : DEGRADED).withDetail("parked", parked).build();
    }
}
