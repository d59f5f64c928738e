/**
 * The CERT feed in the formats threat-intelligence tools read: STIX 2.1 bundles, MISP events and CSV. Each is built
 * from what {@link eu.vigil.query.feed.SharedIncidents} lets the reader see, and from nothing else.
 */
package eu.vigil.query.feed.export;
