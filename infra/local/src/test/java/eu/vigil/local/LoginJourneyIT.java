package eu.vigil.local;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static eu.vigil.local.StackFixture.count;
import static org.assertj.core.api.Assertions.assertThat;

/** A DPO logs in once at the one address, reaches a page of every service, logs out and is refused after. */
@ExtendWith(SharedStack.class)
class LoginJourneyIT {

    private static final By LOGOUT = By.cssSelector("form[action$='/logout'] button");

    private final RunningStack stack; // its demo incidents are all seen by the notifier when a test starts
    private ChromeDriver browser;

    LoginJourneyIT(RunningStack stack) {
        this.stack = stack;
    }

    /** A new browser profile per test: no session, cookie or cache of another test's user. */
    @BeforeEach
    void startABrowser() throws Exception {
        browser = Browser.start();
    }

    @AfterEach
    void closeTheBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aDpoLogsInOnceReachesEveryServiceThroughTheGatewayAndIsRefusedAfterLoggingOut() {
        browser.get(stack.gatewayUrl() + "/incidents");
        logIn("brugge.dpo");

        waitFor(By.tagName("h1"));
        assertThat(browser.getCurrentUrl()).startsWith(stack.gatewayUrl() + "/incidents"); // back where it went
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Credential stuffing against the patient portal")
                .doesNotContain("DDoS on the appointment system"); // Utrecht's, not Brugge's

        browser.get(stack.gatewayUrl() + "/seen-incidents");
        String watched = waitFor(By.tagName("main")).getText();
        assertThat(watched).contains(StackFixture.strings(stack,
                "select incident_id::text from notification.seen_incident where hospital_id = 'h-brugge'"
                        + " and aware_at < now() - interval '5 hours'")); // the demo's, not one reported meanwhile
        assertThat(StackFixture.strings(stack,
                "select incident_id::text from notification.seen_incident where hospital_id = 'h-utrecht'"))
                .isNotEmpty().noneMatch(watched::contains);

        browser.get(stack.gatewayUrl() + "/hospital");
        assertThat(waitFor(By.tagName("h1")).getText()).contains("AZ Sint-Aurelia Brugge");

        browser.get(stack.gatewayUrl() + "/");
        waitFor(LOGOUT).click();
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.not(ExpectedConditions.urlContains("/logout")));

        browser.get(stack.gatewayUrl() + "/incidents");
        waitFor(By.name("password"));
        assertThat(browser.getCurrentUrl()).startsWith(stack.issuer());
        assertThat(browser.getPageSource()).doesNotContain("Credential stuffing against the patient portal");
    }

    @Test
    void aSessionPostWithoutTheCsrfTokenIsRefusedAndRecordsNothing() throws Exception {
        browser.get(stack.gatewayUrl() + "/");
        logIn("brugge.officer");
        waitFor(LOGOUT); // logged in: the session cookie is the one issued at login, not the one before it
        var session = browser.manage().getCookieNamed("VIGIL_SESSION");
        var csrf = browser.manage().getCookieNamed("XSRF-TOKEN");
        String summary = "Sent with the session cookie " + UUID.randomUUID();
        String recorded = "select count(*) from incident.domain_event_entry"
                + " where convert_from(payload, 'UTF8') like '%" + summary + "%'";

        var withoutToken = post(session.getValue(), csrf.getValue(), null, summary);
        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(count(stack, recorded)).isZero();

        var withToken = post(session.getValue(), csrf.getValue(), csrf.getValue(), summary);
        assertThat(withToken.statusCode()).isEqualTo(201);
        assertThat(count(stack, recorded)).isEqualTo(1);
    }

    /** A report sent with the officer's browser session, as a script on another site could try to. */
    private HttpResponse<String> post(String session, String csrfCookie, String csrfHeader, String summary)
            throws Exception {
        var request = HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + "/api/incidents"))
                .header("Content-Type", "application/json")
                .header("Cookie", "VIGIL_SESSION=" + session + "; XSRF-TOKEN=" + csrfCookie)
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"summary": "%s", "awareAt": "%s",
                         "category": "fraud/phishing"}""".formatted(summary, Instant.now().minusSeconds(600))));
        if (csrfHeader != null) {
            request.header("X-XSRF-TOKEN", csrfHeader);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private void logIn(String username) {
        new BrowserSession(browser, stack).logIn(username);
    }

    private WebElement waitFor(By locator) {
        return new BrowserSession(browser, stack).waitFor(locator);
    }
}
