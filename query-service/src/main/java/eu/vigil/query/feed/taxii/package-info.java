/** The CERT feed as a TAXII 2.1 server: one read-only collection per TLP label, for MISP, OpenCTI and other CERTs. */
package eu.vigil.query.feed.taxii;
