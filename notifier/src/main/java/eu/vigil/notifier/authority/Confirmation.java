package eu.vigil.notifier.authority;

import java.time.Instant;

/** A hospital DPO's word on one fact of an authority: the value as it holds for this hospital. */
public record Confirmation(FactName fact, String value, boolean confirmed, String confirmedBy, Instant confirmedAt) {
}
