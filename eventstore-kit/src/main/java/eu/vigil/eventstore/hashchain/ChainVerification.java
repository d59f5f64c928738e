package eu.vigil.eventstore.hashchain;

/**
 * The result of checking one aggregate's hash chain.
 *
 * @param events        how many stored events were checked
 * @param chainStartsAt the sequence of the first event that carries a link, when earlier events predate tamper
 *                      evidence (only where {@link ChainCheck.Origin#MAY_FOLLOW_OLDER_EVENTS}); {@code events} when
 *                      none carries one yet; null when the chain starts with the first event
 * @param firstBreak    the first link that does not hold, or null when the chain is intact
 */
public record ChainVerification(long events, Long chainStartsAt, BrokenLink firstBreak) {

    public boolean intact() {
        return firstBreak == null;
    }

    /**
     * Where the chain breaks.
     *
     * @param problem {@code altered} (the stored link does not match the event), {@code altered-before} (the first
     *                link does not match: this event or one of the older, unlinked ones before it was changed),
     *                {@code missing-link} (an event without a link), {@code gap} (a sequence number is missing) or
     *                {@code unreadable} (the stored payload is no longer an event of this aggregate)
     */
    public record BrokenLink(long sequence, String eventId, String problem) {
    }
}
