/** Web plumbing shared by the gateway's pages. */
package eu.vigil.gateway.web;
