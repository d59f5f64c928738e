package eu.vigil.notifier.rules;

/**
 * A deadline's period.
 *
 * @param amount how many units; null for {@code as-requested} and {@code without-undue-delay}
 */
public record Offset(Integer amount, OffsetUnit unit) {
}
