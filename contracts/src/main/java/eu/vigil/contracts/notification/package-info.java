/**
 * Events of the obligation aggregate (notifier): what the hospital owes which authority by when, and what became
 * of it. Published on {@code vigil.notification-events} keyed by obligation id.
 */
package eu.vigil.contracts.notification;
