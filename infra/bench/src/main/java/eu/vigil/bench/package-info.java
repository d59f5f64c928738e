/** A runnable benchmark of incident capture through command-service's API, beside raw PostgreSQL inserts in the same run. */
package eu.vigil.bench;
