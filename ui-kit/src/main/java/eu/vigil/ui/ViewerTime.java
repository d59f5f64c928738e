package eu.vigil.ui;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Locale;

/**
 * Instants as the viewer reads them: in the zone the browser reports (cookie {@code vigil_tz}, written by
 * {@code vigil.js}), else UTC, localised by the request's language, with the zone's abbreviation so nobody mistakes
 * the clock. Templates call it as {@code ${@vigilTime.format(instant)}}; the stored instants stay UTC.
 */
public class ViewerTime {

    static final ZoneId UTC = ZoneId.of("UTC"); // named, so the page says "UTC", not "Z"

    public static final String ZONE_COOKIE = "vigil_tz";

    public String format(Instant instant) {
        return instant == null ? "" : format(instant, zone(), LocaleContextHolder.getLocale());
    }

    /** The zone's id, to name it beside a time a person types. */
    public String zoneId() {
        return zone().getId();
    }

    static String format(Instant instant, ZoneId zone, Locale locale) {
        DateTimeFormatter formatter = new DateTimeFormatterBuilder()
                .appendLocalized(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .appendLiteral(' ')
                .appendZoneText(TextStyle.SHORT)
                .toFormatter(locale);
        return formatter.format(instant.atZone(zone));
    }

    ZoneId zone() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return UTC;
        }
        return zoneOf(attributes.getRequest());
    }

    static ZoneId zoneOf(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return UTC;
        }
        return Arrays.stream(cookies).filter(cookie -> ZONE_COOKIE.equals(cookie.getName())).findFirst()
                .map(ViewerTime::parse).orElse(UTC);
    }

    // vigil.js writes the zone URL-encoded (Europe%2FBrussels), as a cookie value may not hold every character
    private static ZoneId parse(Cookie cookie) {
        try {
            return ZoneId.of(URLDecoder.decode(cookie.getValue(), StandardCharsets.UTF_8));
        } catch (DateTimeException | IllegalArgumentException notAZone) {
            return UTC; // a cookie is client input: ignore what is not a zone id
        }
    }
}
