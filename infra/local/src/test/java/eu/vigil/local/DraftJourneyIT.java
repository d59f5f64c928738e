package eu.vigil.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static eu.vigil.local.StackFixture.awaitObligation;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lyon asks for four eyes: its DPO writes the French notification from the incident, approves it, a second DPO
 * approves it too, the approved version is exported and recorded as the one sent, and the final report's clock starts.
 * The incident is one this test reports itself, so the demo's notifications stay as they are for the other tests.
 */
@ExtendWith(SharedStack.class)
class DraftJourneyIT {

    private static final By STATUS = By.cssSelector("[role=status]");
    private static final By SAVE = By.cssSelector("form[method=post][action$='/draft'] button[type=submit]");
    private static final By APPROVE = By.cssSelector("form[action$='/draft/approval'] button[type=submit]");
    private static final By LOGOUT = By.cssSelector("form[action$='/logout'] button");
    private static final List<String> FRENCH = List.of("Hameçonnage ciblé; évaluation en cours",
            "Mesures prises : lien bloqué à la passerelle de messagerie, messages supprimés des boîtes.",
            "Impact transfrontière : aucun élément à ce stade ; l'analyse se poursuit.");

    private final RunningStack stack;
    private ChromeDriver browser;
    private BrowserSession session;

    DraftJourneyIT(RunningStack stack) {
        this.stack = stack;
    }

    @Test
    void twoDposApproveTheFrenchNotificationWhichIsExportedAndRecordedAsSent() throws Exception {
        String reported = StackFixture.report(stack, "h-lyon", "Phishing kit imitating the webmail login, second wave",
                20, "\"category\": \"fraud/phishing\", \"personalDataInvolved\": \"no\", \"significance\": \"yes\","
                        + " \"significanceReason\": \"Staff credentials entered on the fake login page\"");
        String obligationId = awaitObligation(stack, reported, "NIS2_INCIDENT_NOTIFICATION", "open");
        browser = Browser.start();
        try {
            session = new BrowserSession(browser, stack);
            // given Lyon's DPO on the board: the notification of the phishing kit, not yet drafted
            browser.get(stack.gatewayUrl() + "/deadlines");
            session.logIn("lyon.dpo");
            String incident = reported.substring(0, 8);
            var row = session.waitFor(By.xpath("//tr[td[1]/a[normalize-space()='Incident notification']]"
                    + "[td[7]/a[normalize-space()='" + incident + "']]"));
            assertThat(row.getAttribute("data-obligation")).isEqualTo(obligationId);
            assertThat(browser.findElements(finalReport(incident))).as("no final report before the notification")
                    .isEmpty();
            row.findElement(By.cssSelector("td a")).click();
            session.waitFor(By.xpath("//a[normalize-space()='Start the draft from the incident'"
                    + " or normalize-space()='Open the draft']")).click();

            // the draft speaks the authority's language; the fields nobody wrote yet say so
            assertThat(new Select(session.waitFor(By.id("language-choice"))).getFirstSelectedOption()
                    .getAttribute("value")).isEqualTo("fr");
            // the incident's summary is in English: the DPO writes it in French, and any required field still empty
            var summary = browser.findElement(By.id("field-summary"));
            summary.clear();
            summary.sendKeys(FRENCH.get(0));
            var typed = new ArrayList<>(List.of(FRENCH.get(0)));
            for (WebElement field : browser.findElements(By.cssSelector("textarea[aria-required=true]"))) {
                if (field.getDomProperty("value").isBlank()) {
                    String id = field.getAttribute("id");
                    assertThat(browser.findElement(By.id(id + "-hint")).getText()).as("the origin of %s", id)
                            .contains("Still to be written");
                    String text = FRENCH.get(typed.size() % FRENCH.size());
                    field.sendKeys(text);
                    typed.add(text);
                }
            }

            // when the first DPO saves and approves
            browser.findElement(SAVE).click();
            assertThat(session.waitFor(STATUS).getText()).isEqualTo("Version 1 saved.");
            assertThat(main()).contains("approve this version");
            assertThat(browser.findElement(By.id("field-summary-hint")).getText()).contains("Written by a person");
            session.waitFor(APPROVE).click();
            session.waitFor(STATUS);
            assertThat(main()).contains("Version 1 was approved by lyon.dpo: a second DPO must approve it too.",
                    "another DPO must approve it too");
            assertThat(browser.findElements(APPROVE)).as("the same DPO cannot approve twice").isEmpty();

            // then a second DPO approves it: approved and frozen
            browser.get(stack.gatewayUrl() + "/");
            session.waitFor(LOGOUT).click();
            new WebDriverWait(browser, Duration.ofSeconds(30))
                    .until(ExpectedConditions.not(ExpectedConditions.urlContains("/logout")));
            browser.get(stack.gatewayUrl() + "/deadlines/" + obligationId + "/draft");
            session.logIn("lyon.dpo2");
            var approve = session.waitFor(APPROVE);
            String digest = browser.findElement(By.name("contentDigest")).getAttribute("value");
            approve.click();
            assertThat(session.waitFor(STATUS).getText()).isEqualTo("Version 1 approved.");
            assertThat(main()).contains("Version 1 was approved by lyon.dpo, lyon.dpo2", "It is frozen");

            // the exports, fetched with the browser's session, carry the approved content and its digest
            var links = browser.findElements(By.cssSelector("a.export-link")).stream()
                    .map(WebElement::getText).toList();
            assertThat(links).containsExactly("HTML", "PDF/A", "E-mail text", "JSON");
            var pdf = export(obligationId, "pdf");
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            assertThat(pdf.headers().firstValue("Vigil-Content-Digest")).hasValue("sha-256=" + digest);
            var html = export(obligationId, "html");
            assertThat(html.headers().firstValue("Vigil-Content-Digest")).hasValue("sha-256=" + digest);
            assertThat(new String(html.body(), StandardCharsets.UTF_8)).contains(typed.get(0));

            // when the submission is recorded with the version proposed
            browser.get(stack.gatewayUrl() + "/deadlines/" + obligationId);
            assertThat(new Select(session.waitFor(By.id("draftVersion"))).getFirstSelectedOption()
                    .getAttribute("value")).isEqualTo("1");
            new Select(browser.findElement(By.id("channel"))).selectByValue("portal");
            browser.findElement(By.id("reference")).sendKeys("ANSSI-2026-0815");
            browser.findElement(By.cssSelector("form[action$=submission] button[type=submit]")).click();
            assertThat(session.waitFor(STATUS).getText()).contains("Recorded");
            assertThat(main()).contains("Version 1 of the draft was sent (the authority's portal)", digest,
                    "ANSSI-2026-0815");

            // then the board shows the final report's clock for the same incident
            browser.get(stack.gatewayUrl() + "/deadlines");
            new WebDriverWait(browser, Duration.ofSeconds(30)).withMessage(() -> "No final report on the board: "
                    + main()).until(driver -> {
                        driver.navigate().refresh();
                        return driver.findElements(finalReport(incident)).size() == 1;
                    });
        } finally {
            browser.quit();
        }
    }

    private static By finalReport(String incident) {
        return By.xpath("//tr[td[1]/a[contains(., 'Final report')]][td[7]/a[normalize-space()='" + incident + "']]");
    }

    private String main() {
        return browser.findElement(By.tagName("main")).getText();
    }

    private HttpResponse<byte[]> export(String obligationId, String format) throws Exception {
        String cookies = browser.manage().getCookies().stream()
                .map(cookie -> cookie.getName() + "=" + cookie.getValue()).collect(Collectors.joining("; "));
        var request = HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + "/api/obligations/" + obligationId
                + "/draft/versions/1/export/" + format)).header("Cookie", cookies).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }
}
