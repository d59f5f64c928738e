package eu.vigil.notifier.obligation.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import eu.vigil.eventstore.hashchain.ChainVerification;
import eu.vigil.eventstore.hashchain.ChainVerification.BrokenLink;

import java.util.UUID;

/**
 * An obligation's hash chain, checked.
 *
 * @param events        how many stored events were checked
 * @param intact        no link was found broken
 * @param chainStartsAt the first event that carries a link when earlier ones predate tamper evidence ({@code events}
 *                      when none carries one yet); absent when every event is linked
 * @param firstBreak    the first link that does not hold; absent when intact
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record IntegrityResponse(UUID obligationId, long events, boolean intact, Long chainStartsAt, BrokenLink firstBreak) {

    static IntegrityResponse of(UUID obligationId, ChainVerification verification) {
        return new IntegrityResponse(obligationId, verification.events(), verification.intact(),
                verification.chainStartsAt(), verification.firstBreak());
    }

    /** No event carries a link yet: nothing is covered until the next one is recorded. */
    public boolean unprotected() {
        return chainStartsAt != null && chainStartsAt == events && intact;
    }
}
