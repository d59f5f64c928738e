package eu.vigil.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

import static eu.vigil.local.StackFixture.awaitObligation;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Köln's DPO opens the deadline board in a real browser, finds the late notification, is told why a submission
 * without reasons is refused, and records it with them. The late notification is of an incident this test reports
 * itself, four days after Köln became aware of it: the demo's late one stays late for the other tests.
 */
@ExtendWith(SharedStack.class)
class DeadlineBoardJourneyIT {

    private final RunningStack stack;

    DeadlineBoardJourneyIT(RunningStack stack) {
        this.stack = stack;
    }

    @Test
    void aDpoFindsTheLateNotificationAndRecordsItsSubmissionWithTheReasonsForTheDelay() throws Exception {
        String incident = StackFixture.report(stack, "h-koeln", "Ward network scanned from a pump's address", 96, """
                "category": "intrusion-attempts/exploit", "personalDataInvolved": "no", "significance": "yes",
                "significanceReason": "Patient care degraded\"""");
        awaitObligation(stack, incident, "NIS2_INCIDENT_NOTIFICATION", "late");
        ChromeDriver browser = Browser.start();
        try {
            var session = new BrowserSession(browser, stack);
            browser.get(stack.gatewayUrl() + "/deadlines");
            session.logIn("koeln.dpo");

            // the board: the late notification, late in words and colour, its rule named in the reader's language
            // (English here), not in the German of the rule file
            var late = session.waitFor(By.xpath("//tr[@data-status='late'][td[1]/a[normalize-space()="
                    + "'Incident notification']][td[7]/a[normalize-space()='" + incident.substring(0, 8) + "']]"));
            assertThat(late.getAttribute("class")).contains("urgency-late");
            assertThat(late.getText()).contains("Incident notification", "BSI", "Late by")
                    .doesNotContain("Meldung an das BSI");
            assertThat(browser.findElement(By.cssSelector("tr[data-status=submitted]")).getText())
                    .contains("Early warning");
            late.findElement(By.cssSelector("td a")).click();

            // submitted without reasons: refused, the message beside the field, the summary has the focus
            session.waitFor(By.id("reasonForDelay"));
            browser.findElement(By.cssSelector("form[action$=submission] button[type=submit]")).click();
            var error = session.waitFor(By.id("reasonForDelay-error"));
            assertThat(error.getText()).contains("reasons for the delay");
            assertThat(browser.switchTo().activeElement().getAttribute("class")).contains("error-summary");

            // with the reasons: recorded
            browser.findElement(By.id("reasonForDelay")).sendKeys("The BSI portal was down on Saturday night.");
            browser.findElement(By.id("reference")).sendKeys("BSI-2026-4412");
            browser.findElement(By.cssSelector("form[action$=submission] button[type=submit]")).click();
            assertThat(session.waitFor(By.cssSelector("[role=status]")).getText()).contains("Recorded");
            assertThat(browser.findElement(By.tagName("main")).getText()).contains("Submitted", "BSI-2026-4412",
                    "The BSI portal was down on Saturday night.");
        } finally {
            browser.quit();
        }
    }
}
