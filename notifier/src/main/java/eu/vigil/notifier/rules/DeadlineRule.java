package eu.vigil.notifier.rules;

import java.net.URI;

/**
 * One deadline rule as its data file states it.
 *
 * @param id         stable across jurisdictions: a national variant replaces the baseline rule with the same id
 * @param legalBasis the article that sets the deadline
 * @param source     where the rule was read
 * @param note       what the source leaves open (an unverified section number, a missing holiday calendar); may be null
 */
public record DeadlineRule(String id, String title, Trigger trigger, Offset offset, RecipientKind recipient,
                           String legalBasis, URI source, String note) {
}
