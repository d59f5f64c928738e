/**
 * A runnable benchmark of incident capture through command-service's API, beside raw PostgreSQL inserts in the
 * same run; and, with --notifier, of how far the notifier's obligations lag behind and what they cost it.
 */
package eu.vigil.bench;
