/** The hospitals this installation serves: reference data that incidents must name. */
package eu.vigil.command.hospital;
