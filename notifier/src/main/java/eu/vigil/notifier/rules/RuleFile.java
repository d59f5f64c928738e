package eu.vigil.notifier.rules;

import java.util.List;

/**
 * One data file: the rules of one regime in one jurisdiction.
 *
 * @param jurisdiction ISO 3166-1 alpha-2 country code, or {@code EU} for the directive's or regulation's own text
 * @param baseline     true for the EU text, used where no national variant is encoded
 */
public record RuleFile(String regime, String jurisdiction, boolean baseline, String ruleVersion,
                       List<DeadlineRule> rules) {
}
