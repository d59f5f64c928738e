/** The local identity provider's own login page. */
package eu.vigil.identity.login;
