/**
 * The drill feed (ADR 0022): what hospitals shared of their drills' incidents, from the drill share topic only, in a
 * table of its own that no surface of the real feed reads; the CERT's alone, every share marked EXERCISE.
 */
package eu.vigil.query.feed.drill;
