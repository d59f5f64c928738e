/** A service that cannot answer: 503, 502 or 504 as a problem (or a page), and one warning line per request. */
package eu.vigil.gateway.outage;
