/**
 * Tamper evidence: each incident's events form a hash chain (eventstore-kit's), and a page and an endpoint report its
 * first broken link.
 */
package eu.vigil.command.hashchain;
