/** The administrator's page of the events parked instead of published. */
package eu.vigil.command.publication.web;
