package eu.vigil.local;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 20: Köln rehearses the shipped PACS ransomware scenario on an accelerated clock, from the scenario to its
 * report. The officer starts the drill and watches its injects come, reports and classifies the drill's incident;
 * the DPO, in a browser of her own, approves the early warning's draft and records its submission, all marked
 * EXERCISE; the officer ends the drill and writes the lessons learned, and the report scores, in words, what was done
 * in time and what was never done (nobody adds the timeline entry the second inject asks for).
 */
@ExtendWith(SharedStack.class)
class DrillJourneyIT {

    // two hours a minute: the awareness expected within the scenario's first hour is due 30 s after the start, the
    // early warning 12 minutes after awareness, so the officer and the DPO meet both on any machine
    private static final int SCALE = 120;
    private static final String SCENARIO = "ransomware-pacs";
    private static final By STATUS = By.cssSelector("[role=status]");
    private static final By SAVE_DRAFT = By.cssSelector("form[method=post][action$='/draft'] button[type=submit]");
    private static final By APPROVE = By.cssSelector("form[action$='/draft/approval'] button[type=submit]");
    private static final By INJECTS = By.cssSelector("ol.injects > li");
    private static final String DRILL_PAGE = "/drills/([0-9a-f-]{36})$";
    private static final String INCIDENT_PAGE = "/incidents/([0-9a-f-]{36})(\\?seen=\\d+)?$";

    private final RunningStack stack;
    private final String run = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    private final String title = "Tabletop " + run + ": ransomware on the PACS";
    private ChromeDriver officer;
    private ChromeDriver dpo;

    DrillJourneyIT(RunningStack stack) {
        this.stack = stack;
    }

    @AfterEach
    void closeTheBrowsers() {
        for (var browser : new ChromeDriver[]{officer, dpo}) {
            if (browser != null) {
                browser.quit();
            }
        }
    }

    @Test
    void givenAnAcceleratedRansomwareDrillWhenTheOfficerAndTheDpoPlayItThenItsReportScoresWhatWasAndWasNotDone()
            throws Exception {
        officer = Browser.start();
        var officerSession = new BrowserSession(officer, stack);
        String drill = startTheDrill(officerSession);
        String incident = reportAndClassifyAnIncidentOfTheDrill(officerSession);

        dpo = Browser.start();
        Instant due = approveAndSubmitTheEarlyWarning(new BrowserSession(dpo, stack), incident);

        endTheDrillWithItsLessons(officerSession, drill);
        new DrillReportPage(officerSession).assertScored(drill, title, SCALE, due);
    }

    private String startTheDrill(BrowserSession session) {
        officer.get(stack.gatewayUrl() + "/drills");
        session.logIn("koeln.officer");
        session.waitFor(By.linkText("Start a drill")).click();
        session.waitFor(By.id("title")).sendKeys(title);
        officer.findElement(By.cssSelector("input[name=scenario][value='" + SCENARIO + "']")).click();
        officer.findElement(By.cssSelector("input[name=clock][value=chosen]")).click();
        officer.findElement(By.id("chosenScale")).sendKeys(String.valueOf(SCALE));
        officer.findElement(By.xpath("//button[normalize-space()='Start the drill']")).click();

        // the drill's page: EXERCISE in words, the chosen clock, and the scenario's first inject at once
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(officer.getCurrentUrl())
                .as("the drill's page").containsPattern(DRILL_PAGE));
        String drill = officer.getCurrentUrl().replaceAll("^.*" + DRILL_PAGE, "$1");
        assertThat(session.waitFor(By.tagName("h1")).getText()).contains(title, "EXERCISE");
        assertThat(officer.findElement(By.id("exercise")).getText())
                .contains("EXERCISE", "nothing of it is sent to an authority or to the sector CERT");
        assertThat(main(officer)).contains("Ransomware on the imaging systems (PACS)",
                SCALE + " times faster than real time", "Running",
                "Radiology calls the service desk: since 08:50 the PACS viewers cannot open any study",
                "Security officer: report the incident, with when the hospital became aware, within 1 hour");

        // the second inject comes 10 scenario minutes later, 5 s on this clock: the link shows it
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                .untilAsserted(() -> {
                    officer.findElement(By.linkText("Show new injects")).click();
                    assertThat(session.waitFor(By.id("main")).getText())
                            .contains("The PACS server does not answer on the network");
                });
        assertThat(officer.findElements(INJECTS)).as("the injects released so far").hasSizeGreaterThanOrEqualTo(2);
        return drill;
    }

    private String reportAndClassifyAnIncidentOfTheDrill(BrowserSession session) {
        session.waitFor(By.linkText("Report an incident in this drill")).click();
        String summary = "PACS unreachable, ransom note in radiology (drill " + run + ")";
        session.waitFor(By.id("summary")).sendKeys(summary);
        assertThat(main(officer)).contains("EXERCISE", "Reported within the drill " + title);
        assertThat(officer.findElement(By.id("awareAt")).getDomProperty("value")).as("aware now, prefilled")
                .isNotBlank();
        new Select(officer.findElement(By.id("category"))).selectByValue("malicious-code/infected-system");
        officer.findElement(By.cssSelector("form details > summary")).click();
        session.waitFor(By.cssSelector("input[name=significance][value=yes]")).click();
        officer.findElement(By.id("significanceReason")).sendKeys("Imaging down: patients diverted");
        officer.findElement(By.cssSelector("form button[type=submit].primary")).click();

        String page = onIncidentPage(session, summary);
        String incident = officer.getCurrentUrl().replaceAll("^.*" + INCIDENT_PAGE, "$1");
        assertThat(page).contains("EXERCISE");

        // the classification form: what the scenario's ransom note tells
        officer.findElement(By.cssSelector("a[href$='/incidents/" + incident + "/classification']")).click();
        new Select(session.waitFor(By.id("severity"))).selectByValue("critical");
        officer.findElement(By.id("threatFamily")).sendKeys("ransomware");
        officer.findElement(By.xpath("//button[normalize-space()='Save']")).click();
        onIncidentPage(session, summary);
        assertThat(stateOf("Threat family")).isEqualTo("ransomware");
        assertThat(stateOf("Severity")).isEqualTo("Critical");
        return incident;
    }

    /** The DPO's part, on the notifier's pages; the early warning's due instant as the board shows it. */
    private Instant approveAndSubmitTheEarlyWarning(BrowserSession session, String incident) {
        dpo.get(stack.gatewayUrl() + "/deadlines");
        session.logIn("koeln.dpo");
        session.waitFor(By.tagName("h1"));
        By earlyWarning = By.xpath("//tr[@data-exercise='true'][td[1]/a[normalize-space()='Early warning']]"
                + "[td[7]/a[normalize-space()='" + incident.substring(0, 8) + "']]");
        WebElement row = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .ignoreExceptions().until(() -> {
                    dpo.navigate().refresh();
                    return dpo.findElements(earlyWarning);
                }, rows -> rows.size() == 1).get(0);
        assertThat(row.getText()).contains("EXERCISE");
        Instant due = Instant.parse(row.findElement(By.cssSelector("td:nth-child(3) time")).getAttribute("datetime"));
        String obligation = row.getAttribute("data-obligation");
        row.findElement(By.cssSelector("td a")).click();

        assertThat(session.waitFor(By.cssSelector(".exercise-notice")).getText())
                .contains("EXERCISE: this obligation belongs to a drill", SCALE + " times as fast");
        session.waitFor(By.xpath("//a[normalize-space()='Start the draft from the incident'"
                + " or normalize-space()='Open the draft']")).click();
        assertThat(session.waitFor(By.tagName("h1")).getText()).contains("EXERCISE");
        for (WebElement field : dpo.findElements(By.cssSelector("textarea[aria-required=true]"))) {
            if (field.getDomProperty("value").isBlank()) {
                field.sendKeys("Drill " + run + ": imaging archive encrypted, radiology on paper.");
            }
        }
        dpo.findElement(SAVE_DRAFT).click();
        assertThat(session.waitFor(STATUS).getText()).isEqualTo("Version 1 saved.");
        session.waitFor(APPROVE).click();
        assertThat(session.waitFor(STATUS).getText()).isEqualTo("Version 1 approved.");

        dpo.get(stack.gatewayUrl() + "/deadlines/" + obligation);
        new Select(session.waitFor(By.id("channel"))).selectByValue("portal");
        dpo.findElement(By.id("reference")).sendKeys("BSI-DRILL-" + run);
        dpo.findElement(By.cssSelector("form[action$=submission] button[type=submit]")).click();
        assertThat(session.waitFor(STATUS).getText()).contains("Recorded");
        assertThat(main(dpo)).contains("EXERCISE", "Recorded in a drill: nothing was sent to an authority.",
                "BSI-DRILL-" + run);
        return due;
    }

    private void endTheDrillWithItsLessons(BrowserSession session, String drill) {
        officer.get(stack.gatewayUrl() + "/drills/" + drill);
        session.waitFor(By.xpath("//button[normalize-space()='End the drill']")).click();
        session.waitFor(By.xpath("//dd[starts-with(normalize-space(), 'Ended on')]"));
        assertThat(officer.findElements(By.linkText("Report an incident in this drill"))).as("an ended drill")
                .isEmpty();
        session.waitFor(By.id("text")).sendKeys("Call the PACS vendor within the first hour.\n"
                + "Tell the CERT as soon as the ransom note is seen (drill " + run + ").");
        officer.findElement(By.xpath("//button[normalize-space()='Record the lessons learned']")).click();
        assertThat(session.waitFor(By.cssSelector("#lessons .lessons")).getText())
                .contains("Call the PACS vendor within the first hour.", "Tell the CERT as soon as");
        officer.findElement(By.xpath("//a[normalize-space()='Report']")).click();
    }

    private String onIncidentPage(BrowserSession session, String summary) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(officer.getCurrentUrl())
                .as("the incident page, not: %s", officer.findElement(By.tagName("body")).getText())
                .containsPattern(INCIDENT_PAGE));
        assertThat(session.waitFor(By.tagName("h1")).getText()).isEqualTo(summary);
        return main(officer);
    }

    // the incident page's current state, as it names this fact
    private String stateOf(String fact) {
        return officer.findElement(By.xpath("//section[@id='state']//dt[normalize-space()='" + fact
                + "']/following-sibling::dd[1]")).getText();
    }

    private static String main(ChromeDriver browser) {
        return browser.findElement(By.tagName("main")).getText();
    }
}
