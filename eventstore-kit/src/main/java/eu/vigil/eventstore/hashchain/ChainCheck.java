package eu.vigil.eventstore.hashchain;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

import java.util.Optional;
import java.util.function.Predicate;

/**
 * Recomputes an aggregate's hash chain from its stored events, straight from the service's storage engine (its
 * {@code domain_event_entry} in {@code vigil.event-store.schema}, never a snapshot), and reports the first link that
 * does not hold. A service makes one per aggregate type: which payloads are its events, and where its chain starts.
 */
public final class ChainCheck {

    /** Where an aggregate's chain starts. */
    public enum Origin {
        /** Every event carries a link from the first on: an event without one is a break. */
        FIRST_EVENT,
        /**
         * Events stored before the aggregate linked its events carry none. They are reported (as
         * {@link ChainVerification#chainStartsAt()}), not broken: the aggregate chains them as if linked (previous
         * link, sequence, canonical payload), so the first link stored covers them from then on, and a later change to
         * one shows there ({@code altered-before}). What was changed before that first link cannot show. After the
         * first link, an event without one is a break.
         */
        MAY_FOLLOW_OLDER_EVENTS
    }

    private final EventStorageEngine storage;
    private final Class<?> eventType;
    private final Origin origin;

    /**
     * @param eventType the aggregate's events (for example {@code IncidentEvent.class}); any other stored payload is
     *                  {@code unreadable}
     */
    public ChainCheck(EventStorageEngine storage, Class<?> eventType, Origin origin) {
        this.storage = storage;
        this.eventType = eventType;
        this.origin = origin;
    }

    /**
     * @param owns whether the caller may see the aggregate, decided on its first event
     * @return empty when no event is stored under this id or {@code owns} refuses its first event, so that another
     *         hospital's aggregate is never confirmed to exist
     */
    public Optional<ChainVerification> verify(String aggregateId, Predicate<Object> owns) {
        var events = storage.readEvents(aggregateId, 0L);
        var walk = new Walk();
        while (events.hasNext()) {
            DomainEventMessage<?> event = events.next();
            if (event.getSequenceNumber() != walk.expected) {
                return walk.broken(event, "gap");
            }
            Object payload;
            try {
                payload = event.getPayload();
            } catch (RuntimeException unreadable) {
                return walk.broken(event, "unreadable");
            }
            if (!eventType.isInstance(payload)) {
                return walk.broken(event, "unreadable");
            }
            if (walk.expected == 0 && !owns.test(payload)) {
                return Optional.empty();
            }
            Object stored = event.getMetaData().get(HashChain.KEY);
            String link = HashChain.link(walk.previous, walk.expected, payload);
            if (stored == null && (walk.firstLinked != null || origin == Origin.FIRST_EVENT)) {
                return walk.broken(event, "missing-link");
            }
            if (stored != null && !link.equals(stored)) {
                return walk.firstLinked == null && walk.expected > 0
                        ? walk.brokenAtStart(event) : walk.broken(event, "altered");
            }
            if (stored != null && walk.firstLinked == null) {
                walk.firstLinked = walk.expected;
            }
            walk.previous = link;
            walk.expected++;
        }
        return walk.expected == 0 ? Optional.empty() : Optional.of(walk.verified());
    }

    /** How far the check got. */
    private static final class Walk {

        private String previous = HashChain.GENESIS;
        private long expected;
        private Long firstLinked;

        private Long chainStartsAt() {
            return firstLinked == null || firstLinked == 0 ? null : firstLinked;
        }

        ChainVerification verified() {
            return new ChainVerification(expected, firstLinked == null ? Long.valueOf(expected) : chainStartsAt(),
                    null);
        }

        Optional<ChainVerification> broken(DomainEventMessage<?> event, String problem) {
            return Optional.of(new ChainVerification(expected + 1, chainStartsAt(),
                    new ChainVerification.BrokenLink(expected, event.getIdentifier(), problem)));
        }

        // the first link covers the unlinked events before it: one of them, or this event, was changed
        Optional<ChainVerification> brokenAtStart(DomainEventMessage<?> event) {
            return Optional.of(new ChainVerification(expected + 1, expected,
                    new ChainVerification.BrokenLink(expected, event.getIdentifier(), "altered-before")));
        }
    }
}
