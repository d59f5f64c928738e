package eu.vigil.notifier.obligation.web;

import eu.vigil.notifier.obligation.ObligationIds;
import eu.vigil.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The deadlines in calendars: the hospital's feed and a user's private address. */
class CalendarFeedIT extends BruggeObligationsFixture {

    @Test
    void theHospitalCalendarListsEveryRunningDeadlineOnceWithItsArticle() {
        var feed = http.exchange("/api/calendars/hospital.ics", HttpMethod.GET, as("DPO", "h-brugge", null),
                String.class);

        assertThat(feed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(feed.getHeaders().getContentType().toString()).startsWith("text/calendar");
        String ics = feed.getBody().replace("\r\n ", ""); // unfold long lines (RFC 5545 §3.1)
        assertThat(ics).contains("BEGIN:VCALENDAR",
                "UID:" + ObligationIds.of(incident, "NIS2_EARLY_WARNING") + "@vigil", "Art. 23(4)(b)",
                "SUMMARY;LANGUAGE=en:Due: Early warning to CCB (CERT.be)"); // the rule's English name, not be-nis2.yml's title
        assertThat(ics.split("UID:" + ObligationIds.of(incident, "GDPR_SA_NOTIFICATION"), -1)).hasSize(2);
    }

    @Test
    void aPrivateCalendarAddressWorksWithoutLoginUntilItIsRenewed() {
        String user = "u-dpo-calendar-" + UUID.randomUUID();
        var first = http.exchange("/deadlines/calendar", HttpMethod.POST, asUser(user), String.class);
        String firstUrl = feedPath(first.getBody());
        var anonymous = http.getForEntity(firstUrl, String.class);
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(anonymous.getBody().replace("\r\n ", ""))
                .contains("UID:" + ObligationIds.of(incident, "NIS2_EARLY_WARNING"));

        var second = http.exchange("/deadlines/calendar", HttpMethod.POST, asUser(user), String.class);

        assertThat(http.getForEntity(firstUrl, String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.getForEntity(feedPath(second.getBody()), String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void givenTheFeedWhenFetchedTwiceThenItsLinesAreFoldedAndNothingChangedBetweenTheFetches() {
        var first = http.exchange("/api/calendars/hospital.ics", HttpMethod.GET, as("DPO", "h-brugge", null),
                String.class).getBody();
        var second = http.exchange("/api/calendars/hospital.ics", HttpMethod.GET, as("DPO", "h-brugge", null),
                String.class).getBody();

        // RFC 5545 §3.1: content lines of at most 75 octets; DTSTAMP is the obligation's last change, not the fetch
        assertThat(first.split("\r\n")).allSatisfy(line ->
                assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        assertThat(first.lines().filter(line -> line.startsWith("DTSTAMP")).toList())
                .isNotEmpty().isEqualTo(second.lines().filter(line -> line.startsWith("DTSTAMP")).toList());
    }

    @Test
    void givenTheGatewaysForwardedAddressWhenACalendarAddressIsMadeThenItNamesTheGatewayNotThisService() {
        var headers = asUser("u-dpo-calendar-" + UUID.randomUUID()).getHeaders();
        var forwarded = new HttpHeaders();
        forwarded.putAll(headers);
        forwarded.set("X-Forwarded-Host", "vigil.brugge.example");
        forwarded.set("X-Forwarded-Proto", "https");

        var page = http.exchange("/deadlines/calendar", HttpMethod.POST, new HttpEntity<>(forwarded), String.class);

        assertThat(page.getBody()).contains("https://vigil.brugge.example/calendar/").doesNotContain(":8083");
    }

    private static String feedPath(String page) {
        int start = page.indexOf("/calendar/");
        return page.substring(start, page.indexOf(".ics", start) + 4);
    }

    private static HttpEntity<Object> asUser(String userId) {
        var headers = new HttpHeaders();
        headers.setBearerAuth(TestTokens.bearer(userId, "DPO", "h-brugge"));
        return new HttpEntity<>(headers);
    }
}
