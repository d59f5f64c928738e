/**
 * iCalendar feeds of the running deadlines (ical4j): one per hospital for integrations with a token, and one per
 * user behind a private URL, since calendar clients cannot log in.
 */
package eu.vigil.notifier.calendar;
