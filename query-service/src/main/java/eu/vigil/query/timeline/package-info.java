/** The incident timeline: every incident event in order, the incident page built from it, and its history API. */
package eu.vigil.query.timeline;
