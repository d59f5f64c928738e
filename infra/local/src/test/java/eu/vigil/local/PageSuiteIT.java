package eu.vigil.local;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19's page suite: a user of each role logs in at the gateway and visits every page the pages link to (the
 * demo's incidents and reports in their states: open, late, submitted, shared, withdrawn; and a refused form). Every
 * page is served with HTTP 200, passes axe-core at WCAG 2.2 AA, uses each id once, names each control in Chromium's
 * accessibility tree, does not scroll sideways at 768 or 360 px, shows the focus at 3:1 or more, and speaks the
 * browser's language only: its html lang is that language, and no English phrase of the bundles is left on a page in
 * another language.
 */
@ExtendWith(SharedStack.class)
class PageSuiteIT {

    // HTTP 200, axe-core, ids, accessible names, 768 px, 360 px, focus, language
    private static final int CHECKS = 8;

    private final RunningStack stack;

    PageSuiteIT(RunningStack stack) {
        this.stack = stack;
    }

    @ParameterizedTest(name = "{0} ({1}) in {2}")
    @CsvSource({
            "brugge.officer, SECURITY_OFFICER, en, /incidents /incidents/new /incidents/{id} /incidents/{id}/share"
                    + " /incidents/{id}?print /drills /drills/new",
            "utrecht.dpo, DPO, en, /incidents /deadlines /deadlines/{id} /deadlines/{id}/draft /breach-register",
            "koeln.dpo, DPO, de, /incidents /deadlines /deadlines/{id} /incidents/{id}",
            "cert.coordinator, CERT_COORDINATOR, en, / /cert /cert/correlations /cert/feed /cert/trends",
            "admin, ADMIN, en, /hospital-profiles /admin/read-models"})
    void givenAUserOfEachRoleWhenVisitingEveryPageTheyReachThenEachPassesEveryCheck(String user, String role,
            String language, String mustReach) throws Exception {
        ChromeDriver browser = Browser.start(language);
        try {
            browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            var session = new BrowserSession(browser, stack);
            var checks = new PageChecks(browser);
            Set<String> english = language.equals("en") ? Set.of() : EnglishTexts.translatedInto(language);
            Map<String, List<String>> problems = new LinkedHashMap<>();
            browser.get(stack.gatewayUrl() + "/");
            session.waitFor(By.name("username"));
            problems.put("the identity provider's login page", check(checks, language, english));
            session.logIn(user);
            session.waitFor(By.tagName("main"));

            var crawl = new PageCrawl(browser, stack.gatewayUrl());
            int visited = 1;
            for (String page = crawl.next(); page != null; page = crawl.next()) {
                problems.put(page, check(checks, language, english));
                visited++;
            }
            if (role.equals("SECURITY_OFFICER")) {
                problems.put("/incidents/new (refused)", refusedReport(session, checks, language, english));
                visited++;
            }
            problems.values().removeIf(List::isEmpty);
            System.out.printf("Page suite: %s (%s, %s) visited %d pages, %d checks each; pages with problems: %d%n",
                    user, role, language, visited, CHECKS, problems.size());

            assertThat(crawl.shapes()).as("the pages %s reached", user).contains(mustReach.split(" "));
            assertThat(problems).as("problems on the pages %s reached", user).isEmpty();
        } finally {
            browser.quit();
        }
    }

    private static List<String> check(PageChecks checks, String language, Set<String> english) {
        var problems = new ArrayList<String>(checks.notOk());
        problems.addAll(checks.axeViolations());
        problems.addAll(checks.duplicateIds());
        problems.addAll(checks.unnamedControls());
        problems.addAll(checks.overflowAt(768));
        problems.addAll(checks.overflowAt(360));
        problems.addAll(checks.invisibleFocus());
        if (!language.equals(checks.language())) {
            problems.add("html lang is " + checks.language() + ", not " + language);
        }
        String text = checks.text();
        english.stream().filter(text::contains).forEach(phrase -> problems.add("English left: " + phrase));
        return problems;
    }

    /** The report form sent empty: the error summary and the messages beside the fields pass the same checks. */
    private List<String> refusedReport(BrowserSession session, PageChecks checks, String language,
                                       Set<String> english) {
        var browser = session.browser();
        browser.get(stack.gatewayUrl() + "/incidents/new");
        session.waitFor(By.id("summary"));
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        session.waitFor(By.cssSelector(".error-summary"));
        return check(checks, language, english);
    }
}
