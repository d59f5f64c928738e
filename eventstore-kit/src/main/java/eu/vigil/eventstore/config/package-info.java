/** The one place of the kit that reads the system clock. */
package eu.vigil.eventstore.config;
