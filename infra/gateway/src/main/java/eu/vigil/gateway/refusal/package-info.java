/** The gateway's own refusals (401, 403 and CSRF): an audit line, then a problem for the API or a page. */
package eu.vigil.gateway.refusal;
