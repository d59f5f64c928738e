/** The gateway's own pages: who is logged in and where they may go, and a failed login. */
package eu.vigil.gateway.home;
