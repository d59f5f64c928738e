/**
 * What every projection shares: the tables it writes (live or a rebuild's), the feed a rebuild reads, and refusing an
 * event type it has not decided on.
 */
package eu.vigil.query.projection;
