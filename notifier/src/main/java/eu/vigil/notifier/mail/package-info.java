/** Reminder and escalation e-mail (Spring Mail over SMTP), sent from the obligation events. */
package eu.vigil.notifier.mail;
