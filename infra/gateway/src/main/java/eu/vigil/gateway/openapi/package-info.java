/** The services' OpenAPI documents through the gateway, and one page to browse them (issue 15). */
package eu.vigil.gateway.openapi;
