package eu.vigil.notifier.rules;

/**
 * A rule as it applies to one hospital.
 *
 * @param baselineFallback true when the hospital's country has no encoded variant of this rule, so the EU baseline
 *                         applies and is shown as such
 */
public record ApplicableRule(DeadlineRule rule, String jurisdiction, String ruleVersion, boolean baselineFallback) {
}
