/** The edge of every service and of the gateway: problem catalogue, strict JSON, bounded text and requests. */
package eu.vigil.web;
