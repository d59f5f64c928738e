/** Each service's OpenAPI 3.1 document: its bearer scheme, every endpoint and every problem it can answer. */
package eu.vigil.web.openapi;
