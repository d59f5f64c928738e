/** Audit lines for every login attempt at the identity provider. */
package eu.vigil.identity.audit;
