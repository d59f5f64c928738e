package eu.vigil.ui;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import jakarta.servlet.http.Cookie;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class ViewerTimeTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @Test
    void theSameMomentReadsAcrossTheSpringClockChangeInBrussels() {
        // EU clocks go forward on 2026-03-29 at 01:00 UTC: 02:00 CET becomes 03:00 CEST.
        assertThat(ViewerTime.format(Instant.parse("2026-03-29T00:45:00Z"), BRUSSELS, Locale.UK))
                .isEqualTo("29 Mar 2026, 01:45 CET");
        assertThat(ViewerTime.format(Instant.parse("2026-03-29T01:15:00Z"), BRUSSELS, Locale.UK))
                .isEqualTo("29 Mar 2026, 03:15 CEST");
    }

    @Test
    void theRepeatedAutumnHourIsToldApartByItsZoneName() {
        // On 2026-10-25, 02:30 happens twice in Brussels: first in CEST, then in CET.
        assertThat(ViewerTime.format(Instant.parse("2026-10-25T00:30:00Z"), BRUSSELS, Locale.UK))
                .isEqualTo("25 Oct 2026, 02:30 CEST");
        assertThat(ViewerTime.format(Instant.parse("2026-10-25T01:30:00Z"), BRUSSELS, Locale.UK))
                .isEqualTo("25 Oct 2026, 02:30 CET");
    }

    @Test
    void withoutTheBrowsersZoneTimesAreSaidToBeUtc() {
        assertThat(ViewerTime.format(Instant.parse("2026-03-29T00:45:00Z"), ViewerTime.UTC, Locale.ENGLISH))
                .isEqualTo("Mar 29, 2026, 12:45 AM UTC");
    }

    @Test
    void theViewersZoneComesFromTheBrowsersCookieAndFallsBackToUtc() {
        var request = new MockHttpServletRequest();
        assertThat(ViewerTime.zoneOf(request)).isEqualTo(ViewerTime.UTC);

        request.setCookies(new Cookie(ViewerTime.ZONE_COOKIE, "Europe/Berlin"));
        assertThat(ViewerTime.zoneOf(request)).isEqualTo(ZoneId.of("Europe/Berlin"));

        request.setCookies(new Cookie(ViewerTime.ZONE_COOKIE, "Mars/Olympus"));
        assertThat(ViewerTime.zoneOf(request)).isEqualTo(ViewerTime.UTC);
    }

    @Test
    void givenTheCookieAsTheBrowserWritesItUrlEncodedThenThePageShowsTheViewersZoneNotUtc() {
        var request = new MockHttpServletRequest();

        request.setCookies(new Cookie(ViewerTime.ZONE_COOKIE, "Europe%2FBrussels")); // vigil.js: encodeURIComponent
        assertThat(ViewerTime.zoneOf(request)).isEqualTo(ZoneId.of("Europe/Brussels"));

        request.setCookies(new Cookie(ViewerTime.ZONE_COOKIE, "America%2FArgentina%2FBuenos_Aires"));
        assertThat(ViewerTime.zoneOf(request)).isEqualTo(ZoneId.of("America/Argentina/Buenos_Aires"));

        request.setCookies(new Cookie(ViewerTime.ZONE_COOKIE, "Europe%2")); // a broken escape: client input
        assertThat(ViewerTime.zoneOf(request)).isEqualTo(ViewerTime.UTC);
    }
}
