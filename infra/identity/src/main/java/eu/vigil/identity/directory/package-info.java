/** The demo users and machine clients the local stack generates, read from the directory file. */
package eu.vigil.identity.directory;
