/** Events of the incident aggregate: what hospitals report and change about an incident. */
package eu.vigil.contracts.incident;
