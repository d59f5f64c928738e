/**
 * Tamper evidence for an aggregate's events: each carries a hash chain link in its metadata ({@link
 * eu.vigil.eventstore.hashchain.HashChain}), and a check over the stored events reports the first broken link.
 */
package eu.vigil.eventstore.hashchain;
