/**
 * The sector CERT's feed of what hospitals chose to share: projected from the share events only, shown under TLP 2.0
 * to each audience, under a pseudonym where the hospital chose one.
 */
package eu.vigil.query.feed;
