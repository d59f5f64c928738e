package eu.vigil.local;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CERT coordinator keeps the feed open while three hospitals share the same command server: each share, and then
 * the campaign alert, appears on the open page without a reload, the alert in words; the hospitals stay unnamed in
 * the alert.
 */
@ExtendWith(SharedStack.class)
class CertFeedJourneyIT {

    private static final List<String> HOSPITALS = List.of("h-lyon", "h-koeln", "h-utrecht");

    private final RunningStack stack;
    private ChromeDriver browser;

    CertFeedJourneyIT(RunningStack stack) {
        this.stack = stack;
    }

    @AfterEach
    void closeTheBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void givenTheFeedOpenWhenThreeHospitalsShareOneValueThenTheSharesAndTheCampaignAlertAppearWithoutAReload()
            throws Exception {
        browser = Browser.start();
        var session = new BrowserSession(browser, stack);
        browser.get(stack.gatewayUrl() + "/cert/feed");
        session.logIn("cert.coordinator");
        session.waitFor(By.id("feed-results"));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> "live".equals(browser.findElement(
                By.cssSelector("[data-live-status]")).getAttribute("data-state")));
        browser.executeScript("window.vigilSamePage = true;"); // a reload would forget it

        String run = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        String server = "c2-" + run + ".example";
        var api = new DemoApi(stack.gatewayUrl(), new Tokens(stack.issuer(), stack.directory()));
        for (String hospital : HOSPITALS) {
            var incident = new DemoIncident(api, hospital, "cert-journey-" + run + "-" + hospital, Instant.now());
            incident.report(report("Beacons to " + server + " from imaging workstations", incident));
            String indicator = incident.indicator("domain", server, "green", null);
            incident.share("green", false, "Imaging workstations beaconing to " + server + " (" + hospital + ")",
                    List.of(indicator));
        }

        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("feed-results"), "Imaging workstations beaconing to " + server + " (h-utrecht)"));
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("campaign-alerts"), server));
        assertThat(browser.executeScript("return window.vigilSamePage === true;")).isEqualTo(true);
        var alert = browser.findElements(By.cssSelector("#campaign-alerts li")).stream()
                .filter(item -> item.getText().contains(server)).findFirst().orElseThrow().getText();
        assertThat(alert).contains("Campaign:", "shared by 3 hospitals within the window")
                .doesNotContain("lyon", "koeln", "utrecht");
    }

    private static Map<String, Object> report(String summary, DemoIncident incident) {
        var body = new LinkedHashMap<String, Object>();
        body.put("summary", summary);
        body.put("description", "The proxy logs show regular connections from three imaging workstations.");
        body.put("detectedAt", incident.at(1.5).toString());
        body.put("awareAt", incident.at(1).toString());
        body.put("category", "intrusion-attempts/exploit");
        body.put("personalDataInvolved", "no");
        return body;
    }
}
