package eu.vigil.command.hashchain;

import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.incident.IncidentReported;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Recomputes an incident's hash chain from its stored events, straight from the storage engine (never from a
 * snapshot), and reports the first link that does not hold.
 */
@Component
public class IntegrityCheck {

    private final EventStorageEngine storage;

    IntegrityCheck(EventStorageEngine storage) {
        this.storage = storage;
    }

    /** @return empty when the hospital has no incident with this id */
    public Optional<ChainVerification> verify(IncidentId incident, HospitalId hospital) {
        var events = storage.readEvents(incident.toString(), 0L);
        String previous = HashChain.GENESIS;
        long expected = 0;
        while (events.hasNext()) {
            DomainEventMessage<?> event = events.next();
            if (event.getSequenceNumber() != expected) {
                return broken(incident, expected, event, "gap");
            }
            Object payload;
            try {
                payload = event.getPayload();
            } catch (RuntimeException unreadable) {
                return broken(incident, expected, event, "unreadable");
            }
            if (expected == 0 && !(payload instanceof IncidentReported reported
                    && reported.hospitalId().equals(hospital))) {
                return Optional.empty(); // another hospital's incident is never confirmed to exist
            }
            Object stored = event.getMetaData().get(HashChain.KEY);
            if (stored == null) {
                return broken(incident, expected, event, "missing-link");
            }
            String link = HashChain.link(previous, expected, payload);
            if (!link.equals(stored)) {
                return broken(incident, expected, event, "altered");
            }
            previous = link;
            expected++;
        }
        return expected == 0 ? Optional.empty() : Optional.of(new ChainVerification(incident, expected, null));
    }

    private static Optional<ChainVerification> broken(IncidentId incident, long sequence, DomainEventMessage<?> event,
                                                      String problem) {
        return Optional.of(new ChainVerification(incident, sequence + 1,
                new ChainVerification.BrokenLink(sequence, event.getIdentifier(), problem)));
    }
}
