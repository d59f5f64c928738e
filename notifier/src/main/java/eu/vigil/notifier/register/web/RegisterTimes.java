package eu.vigil.notifier.register.web;

import eu.vigil.notifier.rules.EuZones;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * The register's instants in words of the reader's language: on the hospital's wall clock with its zone, and in UTC.
 * The page and the PDF call it from their templates (the PDF has no request, so no viewer zone either).
 */
record RegisterTimes(Locale locale) {

    /** Such as "29 Mar 2026, 04:45 (Europe/Brussels)"; empty for null. */
    public String local(Instant instant, ZoneId zone) {
        if (instant == null) {
            return "";
        }
        // a hospital without a profile has no wall clock of its own: its register reads in UTC
        ZoneId shown = EuZones.profileMissing(zone) ? ZoneOffset.UTC : zone;
        return formatter().format(instant.atZone(shown)) + " (" + shown.getId() + ")";
    }

    /** Such as "29 Mar 2026, 02:45 UTC"; empty for null. */
    public String utc(Instant instant) {
        return instant == null ? "" : formatter().format(instant.atZone(ZoneOffset.UTC)) + " UTC";
    }

    private DateTimeFormatter formatter() {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale);
    }
}
