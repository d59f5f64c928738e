/** The CERT's correlation rule, one home for every service that derives a view from the shares. */
package eu.vigil.correlation;
