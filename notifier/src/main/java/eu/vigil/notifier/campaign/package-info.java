/** Campaign alerts: derived from the share events with correlation-kit's rule, and mailed to the sector CERT. */
package eu.vigil.notifier.campaign;
