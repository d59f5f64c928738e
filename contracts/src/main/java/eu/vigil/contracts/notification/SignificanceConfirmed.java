package eu.vigil.contracts.notification;

import java.util.UUID;

/** A NIS2 obligation that ran while significance was undecided: the incident is now assessed significant. */
public record SignificanceConfirmed(UUID obligationId) implements NotificationEvent {
}
