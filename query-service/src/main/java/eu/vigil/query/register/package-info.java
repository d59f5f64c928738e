/** The incident register: one row per reported incident, projected from the incident events, and its API. */
package eu.vigil.query.register;
