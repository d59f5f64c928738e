/** What every projection shares: applying each event once, and refusing an event type it has not decided on. */
package eu.vigil.query.projection;
