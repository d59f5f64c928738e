package eu.vigil.local;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A drill's report (query-service, /drill-reports/{id}) as its officer reads it after {@link DrillJourneyIT}: what
 * it says in words, the drill's row among the hospital's drills side by side, and its PDF.
 */
record DrillReportPage(BrowserSession session) {

    private static final By EARLY_WARNING = By.xpath("//section[@aria-labelledby='drill-obligations-heading']"
            + "//tbody/tr[td[1][normalize-space()='Early warning']]");

    /**
     * @param due the early warning's due instant as the DPO's deadline board showed it
     */
    void assertScored(String drill, String title, int scale, Instant due) throws Exception {
        // the report follows the drill's events and the obligations' through Kafka: the end, the lessons and the
        // submission reach it within moments
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                .untilAsserted(() -> {
                    browser().navigate().refresh();
                    assertThat(browser().getCurrentUrl()).endsWith("/drill-reports/" + drill);
                    assertThat(main()).doesNotContain("still running")
                            .contains("Call the PACS vendor within the first hour.");
                    assertThat(browser().findElement(EARLY_WARNING).getText()).contains("Submitted");
                });

        assertThat(browser().getTitle()).startsWith("EXERCISE");
        assertThat(session.waitFor(By.id("exercise")).getText()).contains("EXERCISE",
                "nothing of it was sent to an authority or to the sector CERT",
                "Its deadlines run " + scale + " times faster than real time.");
        assertThat(browser().findElement(By.tagName("h1")).getText()).isEqualTo("Drill report: " + title);

        // the early warning: due on the drill's clock, approved and submitted before it
        var earlyWarning = browser().findElement(EARLY_WARNING);
        assertThat(instantIn(cell(earlyWarning, 2))).as("the due instant the board showed").isEqualTo(due);
        assertThat(instantIn(cell(earlyWarning, 3))).as("draft approved at").isBefore(due);
        assertThat(instantIn(cell(earlyWarning, 4))).as("submitted at").isBefore(due);
        assertThat(cell(earlyWarning, 5).getText()).isEqualTo("Submitted");
        assertThat(cell(earlyWarning, 6).getText()).isEqualTo("not late");

        // each expectation in words: what was done in time, and what nobody did though its inject was shown
        var awareness = expectation("Radiology calls the service desk",
                "report the incident, with when the hospital became aware");
        assertThat(cell(awareness, 5).getText()).isEqualTo("Met");
        assertThat(cell(awareness, 4).getText()).contains("Security officer");
        var approval = expectation("Forensics confirms", "approve the NIS2 early warning");
        assertThat(cell(approval, 5).getText()).isEqualTo("Met");
        assertThat(cell(approval, 4).getText()).contains("Data protection officer");
        assertThat(cell(expectation("Forensics confirms", "record the submission of the NIS2 early warning"), 5)
                .getText()).isEqualTo("Met");
        var timelineEntry = expectation("The PACS server does not answer on the network",
                "add an entry to the timeline");
        assertThat(timelineEntry.findElement(By.xpath("ancestor::article")).getText()).as("its inject")
                .contains("Released");
        assertThat(cell(timelineEntry, 5).getText()).isEqualTo("Missed");
        assertThat(cell(timelineEntry, 4).getText()).isEqualTo("not done");
        assertThat(number(By.id("headline-met"))).isGreaterThanOrEqualTo(3);
        assertThat(number(By.id("headline-missed"))).isGreaterThanOrEqualTo(1);
        assertThat(browser().findElement(By.id("headline-early-warning")).getText()).endsWith("(submitted)");
        assertThat(browser().findElement(By.cssSelector("section[aria-labelledby=drill-lessons-heading]")).getText())
                .contains("Call the PACS vendor within the first hour.");

        String pdf = browser().findElement(By.linkText("Download the report as PDF")).getAttribute("href");

        // the hospital's drills side by side: this one, ended, with its score
        browser().findElement(By.linkText("All drill reports")).click();
        var row = session.waitFor(By.id("drill-" + drill));
        assertThat(row.getText()).contains(title, scale + " × real time").doesNotContain("still running");
        assertThat(Integer.parseInt(row.findElement(By.cssSelector("td.score-met")).getText().strip()))
                .isGreaterThanOrEqualTo(3);
        assertThat(Integer.parseInt(row.findElement(By.cssSelector("td.score-missed")).getText().strip()))
                .isGreaterThanOrEqualTo(1);

        var response = get(pdf);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/pdf"));
        assertThat(new String(response.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    // the row of this action in the table of the inject that says this
    private WebElement expectation(String injectText, String action) {
        return browser().findElement(By.xpath("//article[contains(@class, 'inject')][contains(., '" + injectText
                + "')]//tbody/tr[td[2][normalize-space()='" + action + "']]"));
    }

    private static WebElement cell(WebElement row, int column) {
        return row.findElement(By.xpath("td[" + column + "]"));
    }

    private static Instant instantIn(WebElement cell) {
        return Instant.parse(cell.findElement(By.tagName("time")).getAttribute("datetime"));
    }

    private int number(By locator) {
        return Integer.parseInt(browser().findElement(locator).getText().strip());
    }

    private String main() {
        return browser().findElement(By.tagName("main")).getText();
    }

    private ChromeDriver browser() {
        return session.browser();
    }

    // fetched with the browser's session at the gateway, as a click on the link would
    private HttpResponse<byte[]> get(String url) throws Exception {
        String cookies = browser().manage().getCookies().stream()
                .map(cookie -> cookie.getName() + "=" + cookie.getValue()).collect(Collectors.joining("; "));
        var request = HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookies).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }
}
