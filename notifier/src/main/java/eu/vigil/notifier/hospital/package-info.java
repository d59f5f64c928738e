/**
 * Each hospital's notification profile: its country (which rules apply), its time zone, its authorities and the
 * addresses reminders go to. Reference data an administrator sets; the demo hospitals are seeded from
 * {@code shared/regulatory/authorities.md}.
 */
package eu.vigil.notifier.hospital;
