package eu.vigil.consumer;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.dao.DataAccessException;

/**
 * DEGRADED while records are parked: the service works and stays ready, but its read model lacks those events
 * until an administrator replays them ({@code GET /api/dead-letters}).
 */
class DeadLetterHealth implements HealthIndicator {

    static final Status DEGRADED = new Status("DEGRADED", "Records are parked as dead letters");

    private final DeadLetters deadLetters;

    DeadLetterHealth(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @Override
    public Health health() {
        long parked;
        try {
            parked = deadLetters.count();
        } catch (DataAccessException e) {
            return Health.unknown().withDetail("reason", "database unavailable").build(); // its own health says so
        }
        return Health.status(parked == 0 ? Status.UP : DEGRADED).withDetail("parked", parked).build();
    }
}
