package eu.vigil.local;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Predicate;

import static eu.vigil.local.StackFixture.count;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A security officer reports an incident and adds an indicator with the keyboard alone: no clicks, no values set
 * by script. Each step checks where the focus is, which is what a keyboard user relies on. The incident page follows
 * what others record, without a reload.
 */
@ExtendWith(SharedStack.class)
class IncidentCaptureJourneyIT {

    private static final String INCIDENT_PAGE = "/incidents/[0-9a-f-]{36}(\\?seen=\\d+)?$";

    private final RunningStack stack;
    private ChromeDriver browser;
    private BrowserSession session;

    IncidentCaptureJourneyIT(RunningStack stack) {
        this.stack = stack;
    }

    @BeforeEach
    void startABrowserAndLogIn() throws Exception {
        browser = Browser.start();
        session = new BrowserSession(browser, stack);
        browser.get(stack.gatewayUrl() + "/incidents/new");
        session.logIn("brugge.officer");
        session.waitFor(By.id("summary"));
    }

    @AfterEach
    void closeTheBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anOfficerReportsAnIncidentAndAddsAnIndicatorWithTheKeyboardAlone() {
        assertThat(focused().getAttribute("id")).as("the summary has the focus on load").isEqualTo("summary");
        String csrf = browser.findElement(By.cssSelector("input[name=_csrf]")).getAttribute("value");
        assertThat(csrf).as("the form echoes the gateway's CSRF cookie")
                .isNotBlank().isEqualTo(browser.manage().getCookieNamed("XSRF-TOKEN").getValue());

        type("Phishing wave: fake payroll mails on the wards");
        tabUntil(element -> !"awareAt".equals(element.getAttribute("id")), "awareAt");
        assertThat(focused().getAttribute("id")).as("after aware-at comes the category").isEqualTo("category");
        type("Phishing");
        assertThat(new Select(focused()).getFirstSelectedOption().getAttribute("value")).isEqualTo("fraud/phishing");
        press(Keys.TAB);
        assertThat(focused().getTagName()).isEqualTo("button");
        assertThat(focused().getText()).isEqualTo("Report the incident");
        press(Keys.ENTER);

        onIncidentPage("Phishing wave: fake payroll mails on the wards");
        tabUntil(element -> String.valueOf(element.getAttribute("href")).endsWith("/indicators/new"), "the page");
        press(Keys.ENTER);

        session.waitFor(By.id("value"));
        assertThat(focused().getAttribute("id")).as("the indicator type has the focus on load").isEqualTo("type");
        type("Domain");
        assertThat(new Select(focused()).getFirstSelectedOption().getAttribute("value")).isEqualTo("domain");
        press(Keys.TAB);
        assertThat(focused().getAttribute("id")).isEqualTo("value");
        type(" Update-Check.EXAMPLE ");
        press(Keys.ENTER); // submits the form from its text field, as browsers do

        String page = onIncidentPage("Phishing wave: fake payroll mails on the wards");
        assertThat(page).contains("update-check.example", "TLP:AMBER").doesNotContain("Update-Check.EXAMPLE");
    }

    @Test
    void anIndicatorThatDoesNotParseIsShownBesideTheFieldAndNothingIsRecorded() {
        type("Beacon to a C2 address");
        tabUntil(element -> "category".equals(element.getAttribute("id")), "the report form");
        type("C2 Server");
        tabUntil(element -> "button".equals(element.getTagName()), "the report form");
        press(Keys.ENTER);
        onIncidentPage("Beacon to a C2 address");
        String incident = browser.getCurrentUrl().replaceAll("^.*/incidents/([0-9a-f-]{36}).*$", "$1");
        browser.get(browser.getCurrentUrl().replaceAll("\\?.*$", "") + "/indicators/new");
        session.waitFor(By.id("value"));
        String eventsOfThisIncident = "select count(*) from incident.domain_event_entry where aggregate_identifier = '"
                + incident + "'";
        long events = count(stack, eventsOfThisIncident);

        type("IPv4");
        press(Keys.TAB);
        type("203.0.113.300");
        press(Keys.ENTER);

        assertThat(session.waitFor(By.id("value-error")).getText())
                .contains("203.0.113.300 is not an IPv4 address");
        assertThat(focused().getAttribute("class")).as("focus moves to the list of problems")
                .contains("error-summary");
        assertThat(count(stack, eventsOfThisIncident)).isEqualTo(events);
    }

    @Test
    void givenTheIncidentPageOpenWhenAnotherUserRecordsAnEntryThenItAppearsWithoutAReload() throws Exception {
        type("Unusual logins on the PACS viewer");
        tabUntil(element -> "category".equals(element.getAttribute("id")), "the report form");
        type("Login Attempts");
        tabUntil(element -> "button".equals(element.getTagName()), "the report form");
        press(Keys.ENTER);
        onIncidentPage("Unusual logins on the PACS viewer");
        String incident = browser.getCurrentUrl().replaceAll("^.*/incidents/([0-9a-f-]{36}).*$", "$1");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> "live".equals(browser.findElement(
                By.cssSelector("[data-live-status]")).getAttribute("data-state")));
        browser.executeScript("window.vigilSamePage = true;"); // a reload would forget it

        // another user of Brugge records an entry through the API
        assertThat(send(incident, "/timeline", "{\"kind\":\"action\",\"text\":\"Viewer accounts locked\","
                + "\"happenedAt\":\"" + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "\"}")).isEqualTo(201);

        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("history"), "Viewer accounts locked"));
        assertThat(browser.executeScript("return window.vigilSamePage === true;")).isEqualTo(true);
        assertThat(browser.findElement(By.cssSelector("[data-live-status]")).getText())
                .isEqualTo("Updated with the latest changes.");

        // a SHA-256 indicator has no space to break at: at tablet width the page still does not scroll sideways
        var hash = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
        assertThat(send(incident, "/indicators", "{\"type\":\"sha256\",\"value\":\"" + hash
                + "\",\"tlp\":\"amber\"}")).isEqualTo(201);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("state"), hash));
        browser.manage().window().setSize(new Dimension(768, 900));
        assertThat((Boolean) browser.executeScript(
                "return document.documentElement.scrollWidth <= document.documentElement.clientWidth;"))
                .as("the incident page fits 768 px").isTrue();
    }

    // as another user of Brugge: the hospital's integration client, through the gateway
    private int send(String incident, String path, String json) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + "/api/incidents/" + incident + path))
                .header("Content-Type", "application/json")
                .header("Authorization", stack.bearer("integration-h-brugge"))
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private String onIncidentPage(String summary) {
        try {
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlMatches(INCIDENT_PAGE));
        } catch (TimeoutException e) {
            throw new AssertionError("Not on the incident page but on " + browser.getCurrentUrl() + ", which shows: "
                    + browser.findElement(By.tagName("body")).getText(), e);
        }
        assertThat(session.waitFor(By.tagName("h1")).getText()).isEqualTo(summary);
        return browser.findElement(By.tagName("main")).getText();
    }

    private void tabUntil(Predicate<WebElement> reached, String where) {
        for (int tabs = 0; tabs < 60; tabs++) {
            press(Keys.TAB);
            if (reached.test(focused())) {
                return;
            }
        }
        throw new AssertionError("60 presses of TAB on " + where + " never reached the element");
    }

    private WebElement focused() {
        return browser.switchTo().activeElement();
    }

    private void type(String text) {
        new Actions(browser).sendKeys(text).perform();
    }

    /** A key pressed on the focused element, as a keyboard user does: never a click. */
    private void press(Keys key) {
        focused().sendKeys(key);
    }
}
