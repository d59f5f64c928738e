package eu.vigil.notifier.obligation;

import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.notification.NotificationEvent;
import eu.vigil.contracts.notification.ObligationOpened;
import eu.vigil.eventstore.hashchain.ChainCheck;
import eu.vigil.eventstore.hashchain.ChainVerification;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.stereotype.Service;

import java.util.UUID;

/**
 * An obligation's hash chain, checked by eventstore-kit's {@link ChainCheck} in
 * {@code notification.domain_event_entry}. Obligations opened before their events were chained start with events
 * that carry no link: the chain starts later, and the check says where ({@link ChainVerification#chainStartsAt()})
 * rather than calling them broken.
 */
@Service
public class ObligationIntegrity {

    private final ChainCheck check;

    ObligationIntegrity(EventStorageEngine storage) {
        this.check = new ChainCheck(storage, NotificationEvent.class, ChainCheck.Origin.MAY_FOLLOW_OLDER_EVENTS);
    }

    /** @throws ObligationNotFoundException also for another hospital's, which is as unknown as a missing one */
    public ChainVerification verify(UUID obligationId, HospitalId hospital) {
        return check.verify(obligationId.toString(),
                        first -> first instanceof ObligationOpened opened && opened.hospitalId().equals(hospital))
                .orElseThrow(() -> new ObligationNotFoundException(obligationId));
    }
}
