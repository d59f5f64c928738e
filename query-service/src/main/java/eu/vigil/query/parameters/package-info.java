/** Reading a page's or an API's query parameters, refusing every bad one at once with what it must be. */
package eu.vigil.query.parameters;
