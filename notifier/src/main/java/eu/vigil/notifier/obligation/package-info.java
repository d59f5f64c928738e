/**
 * Obligations: one Axon aggregate per duty a rule puts on a hospital for an incident (an early warning, a GDPR
 * notification), with its due instant, reminders and escalation on Axon's DeadlineManager (db-scheduler), and
 * its status from opened to submitted, not required or withdrawn.
 */
package eu.vigil.notifier.obligation;
