/** Web plumbing shared by the gateway's pages and problems: the CSRF cookie, error pages, problem texts. */
package eu.vigil.gateway.web;
