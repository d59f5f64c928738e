/** Makes a service an OAuth2 resource server that authorises every endpoint by role and hospital (ADR 0004). */
package eu.vigil.security;
