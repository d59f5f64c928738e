/** Sharing an incident with the sector CERT and withdrawing the share: the preview form and the API. */
package eu.vigil.command.incident.web.sharing;
