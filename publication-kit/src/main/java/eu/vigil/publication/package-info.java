/** How every service publishes its event store: after the broker's ack, parking what the broker refuses for good. */
package eu.vigil.publication;
