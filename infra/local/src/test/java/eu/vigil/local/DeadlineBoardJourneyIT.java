package eu.vigil.local;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Köln's DPO opens the deadline board in a real browser, finds the late notification, is told why a submission
 * without reasons is refused, and records it with them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeadlineBoardJourneyIT {

    @TempDir
    static Path data;
    private RunningStack stack;

    @AfterAll
    void stopTheStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void aDpoFindsTheLateNotificationAndRecordsItsSubmissionWithTheReasonsForTheDelay() throws Exception {
        stack = StackFixture.start(StackFixture.settings(data, true));
        ChromeDriver browser = Browser.start();
        try {
            var session = new BrowserSession(browser, stack, data);
            browser.get(stack.gatewayUrl() + "/deadlines");
            session.logIn("koeln.dpo");

            // the board: the late notification comes first among the running ones, late in words and colour, its
            // rule named in the reader's language (English here), not in the German of the rule file
            var late = session.waitFor(By.cssSelector("tr[data-status=late]"));
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
