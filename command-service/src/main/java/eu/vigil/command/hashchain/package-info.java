/** Tamper evidence: each incident's events form a hash chain, and a check reports its first broken link. */
package eu.vigil.command.hashchain;
