/**
 * The gateway's own refusals (401, 403 and CSRF, the firewall's 400): an audit line, then a problem of the catalogue
 * for the API or a page.
 */
package eu.vigil.gateway.refusal;
