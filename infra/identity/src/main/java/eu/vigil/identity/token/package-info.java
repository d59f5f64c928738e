/** What goes into Vigil's tokens and the key that signs them. */
package eu.vigil.identity.token;
