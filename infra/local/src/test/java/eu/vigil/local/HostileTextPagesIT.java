package eu.vigil.local;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.chrome.ChromeDriver;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static eu.vigil.local.StackFixture.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Whatever a person typed comes back as that text and cannot reorder the page around it: markup, SQL, template
 * syntax, emoji and (in prose) a right-to-left override are stored through the API in every text field a page shows;
 * every page that shows one holds it as the whole text of a {@code <bdi>} (or the value of a field with
 * {@code dir="auto"}), and nothing is injected, run or evaluated. On the shared stack the texts are Lyon's: its name,
 * its authorities and an incident of its own; whatever else Lyon shows (the demo's incidents) is shown beside them.
 */
@ExtendWith(SharedStack.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileTextPagesIT {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String IMG = "\"><img src=x onerror=alert(1)>";
    private static final String SQL = "' OR 1=1 --";
    private static final String TEMPLATE = "{{7*7}} ${7*7} [[${7*7}]]";
    private static final String RLO = "\u202E";

    // one line: the edge refuses bidirectional controls here
    private static final String HOSPITAL = "Hôpital " + SCRIPT + " \uD83C\uDFE5";
    private static final String SUMMARY = SCRIPT;
    private static final String THREAT_FAMILY = IMG;
    private static final String DEVICE_TYPE = SQL;
    private static final String MANUFACTURER = TEMPLATE;
    private static final String MODEL = "X9 \uD83D\uDE91\uD83D\uDD25";
    private static final String INDICATOR = "invoice" + IMG + ".pdf";
    private static final String NIS2_AUTHORITY = "ANSSI " + IMG;
    private static final String DATA_PROTECTION_AUTHORITY = "CNIL " + TEMPLATE;
    private static final String REFERENCE = SQL + " ANSSI-2026-1";
    // prose may hold right-to-left text, and so a bidirectional override
    private static final String DESCRIPTION = "abc" + RLO + "def";
    private static final String CLASSIFICATION_REASON = "classified " + RLO + SCRIPT;
    private static final String IMPACT_REASON = "impact " + RLO + SQL + " \uD83D\uDD25";
    private static final String ENTRY_TEXT = "entry " + IMG + " " + RLO + "\u0634\u0628\u0643\u0629";
    private static final String INDICATOR_NOTE = "note " + TEMPLATE + " " + RLO + "xyz";
    private static final String WITHDRAWAL_REASON = "withdrawn " + RLO + SQL;
    private static final String PHASE_NOTE = "contained " + RLO + TEMPLATE;
    private static final String SIGNIFICANCE_REASON = "significant " + RLO + IMG;
    private static final String SHARE_SUMMARY = "shared " + SCRIPT + " " + RLO + "\uD83C\uDFE5";
    private static final String HIGH_RISK_REASONS = "high risk " + RLO + SCRIPT;
    private static final String NOT_REQUIRED_REASON = "not required " + RLO + IMG + " " + TEMPLATE;

    private static final List<String> STORED = List.of(HOSPITAL, SUMMARY, THREAT_FAMILY, DEVICE_TYPE, MANUFACTURER,
            MODEL, INDICATOR, NIS2_AUTHORITY, DATA_PROTECTION_AUTHORITY, REFERENCE, DESCRIPTION, CLASSIFICATION_REASON,
            IMPACT_REASON, ENTRY_TEXT, INDICATOR_NOTE, WITHDRAWAL_REASON, PHASE_NOTE, SIGNIFICANCE_REASON,
            SHARE_SUMMARY, HIGH_RISK_REASONS, NOT_REQUIRED_REASON);

    /** Every text node that holds a stored text must be exactly that text, inside an isolating element. */
    private static final String INSPECT = """
            const values = arguments[0];
            const counts = {};
            const problems = [];
            values.forEach(value => counts[value] = 0);
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
              const exact = values.find(value => node.data === value);
              if (exact !== undefined) {
                if (node.parentElement.closest('bdi, [dir=auto]') !== null) {
                  counts[exact]++;
                } else {
                  problems.push('not isolated, in <' + node.parentElement.tagName.toLowerCase() + '>: ' + exact);
                }
              } else if (values.some(value => node.data.includes(value))) {
                problems.push('in one text with other words: ' + JSON.stringify(node.data));
              }
            }
            for (const field of document.querySelectorAll('input:not([type=hidden]), textarea')) {
              const exact = values.find(value => field.value === value);
              if (exact !== undefined) {
                if (field.getAttribute('dir') === 'auto') {
                  counts[exact]++;
                } else {
                  problems.push('a field without dir=auto shows ' + exact);
                }
              }
            }
            return {counts: counts, problems: problems, title: document.title,
                    injected: document.querySelectorAll('img, iframe, object, embed, svg, script:not([src])').length,
                    scripts: Array.from(document.scripts).map(script => script.getAttribute('src'))};
            """;

    private static final ObjectMapper JSON = new ObjectMapper();

    private RunningStack stack;
    private String officer;
    private String incident;
    private long lastSequence;
    private String entry;
    private String indicator;
    private String earlyWarning;
    private String saNotification;
    private String communication;

    @BeforeAll
    void storeTheTexts(RunningStack shared) throws Exception {
        stack = shared;
        officer = stack.bearer("integration-h-lyon");
        String admin = stack.bearer("integration-admin");
        ok("PUT", stack.commandServiceUrl() + "/api/hospitals/h-lyon", admin, Map.of("name", HOSPITAL,
                "country", "FR", "timeZone", "Europe/Paris", "language", "fr"));
        ok("PUT", stack.notifierUrl() + "/api/notification-profiles/h-lyon", admin, Map.of("country", "FR",
                "timeZone", "Europe/Paris", "nis2Authority", NIS2_AUTHORITY,
                "dataProtectionAuthority", DATA_PROTECTION_AUTHORITY, "dpoEmail", "dpo@lyon.hospital.example",
                "securityOfficerEmail", "security@lyon.hospital.example",
                "fourEyesApproval", true)); // as the demo's Lyon asks, which DraftJourneyIT relies on

        incident = command("POST", "", Map.of("summary", SUMMARY, "description", DESCRIPTION,
                "awareAt", Instant.now().minus(Duration.ofHours(2)).toString(),
                "category", "malicious-code/infected-system", "personalDataInvolved", "yes"))
                .get("incidentId").asText();
        command("PUT", "/classification", Map.of("category", "malicious-code/infected-system",
                "threatFamily", THREAT_FAMILY, "severity", "high", "reason", CLASSIFICATION_REASON));
        command("PUT", "/impact", Map.of("patientCareImpact", "degraded", "medicalDevices", List.of(Map.of(
                "type", DEVICE_TYPE, "manufacturer", MANUFACTURER, "model", MODEL, "count", 2,
                "networkConnected", true)), "reason", IMPACT_REASON));
        entry = command("POST", "/timeline", Map.of("kind", "action", "text", ENTRY_TEXT,
                "happenedAt", Instant.now().minus(Duration.ofHours(1)).toString())).get("id").asText();
        indicator = command("POST", "/indicators", Map.of("type", "file-name", "value", INDICATOR, "tlp", "amber",
                "note", INDICATOR_NOTE)).get("id").asText();
        String withdrawn = command("POST", "/indicators", Map.of("type", "domain", "value", "update-check.example",
                "tlp", "amber")).get("id").asText();
        command("POST", "/indicators/" + withdrawn + "/withdrawal", Map.of("reason", WITHDRAWAL_REASON));
        command("POST", "/phase-changes", Map.of("phase", "containment", "note", PHASE_NOTE));
        command("PUT", "/significance", Map.of("significance", "yes", "reason", SIGNIFICANCE_REASON));
        lastSequence = command("PUT", "/share", Map.of("tlp", "amber", "pseudonymised", false,
                "summary", SHARE_SUMMARY, "indicatorIds", List.of(indicator))).get("sequence").asLong();

        recordTheDposDecisions();
    }

    private void recordTheDposDecisions() throws Exception {
        String dpo = stack.bearer("dpo-integration-h-lyon");
        String obligations = stack.notifierUrl() + "/api/obligations";
        Map<String, String> byRule = Awaitility.await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> rules(send("GET", obligations + "?incidentId=" + incident, dpo, null).body()),
                        rules -> rules.containsKey("NIS2_EARLY_WARNING") && rules.containsKey("GDPR_SA_NOTIFICATION"));
        earlyWarning = byRule.get("NIS2_EARLY_WARNING");
        saNotification = byRule.get("GDPR_SA_NOTIFICATION");
        ok("POST", obligations + "/" + earlyWarning + "/submission", dpo,
                Map.of("submittedAt", Instant.now().minus(Duration.ofMinutes(5)).toString(), "reference", REFERENCE));
        ok("POST", obligations + "/" + saNotification + "/not-required", dpo, Map.of("reason", NOT_REQUIRED_REASON));
        communication = rules(ok("POST", obligations + "/data-subject-communications", dpo,
                Map.of("incidentId", incident, "reasons", HIGH_RISK_REASONS))).get("GDPR_DATA_SUBJECT_COMMUNICATION");
        assertThat(communication).as("the high-risk decision opens the communication to the data subjects")
                .isNotNull();
    }

    @Test
    void shortFieldsRefuseABidirectionalOverrideThatProseKeeps() {
        var report = new HashMap<String, Object>(Map.of("summary", DESCRIPTION, "category", "fraud/phishing",
                "awareAt", Instant.now().minus(Duration.ofHours(1)).toString()));
        assertThat(send("POST", stack.commandServiceUrl() + "/api/incidents", officer, json(report)).status())
                .isEqualTo(400);
        report.put("summary", "Phishing");
        report.put("threatFamily", "emotet" + RLO);
        assertThat(send("POST", stack.commandServiceUrl() + "/api/incidents", officer, json(report)).status())
                .isEqualTo(400);
    }

    @Test
    void theOfficersPagesShowEveryTextAsIsolatedTextAndRunNothing() throws Exception {
        ChromeDriver browser = Browser.start();
        try {
            var session = new BrowserSession(browser, stack);
            browser.get(stack.gatewayUrl() + "/incidents");
            session.logIn("lyon.officer");
            String id = "/incidents/" + incident;

            assertIsolated(session, "/incidents", SUMMARY);
            var page = assertIsolated(session, id + "?seen=" + lastSequence, SUMMARY, DESCRIPTION, THREAT_FAMILY,
                    DEVICE_TYPE, MANUFACTURER, MODEL, CLASSIFICATION_REASON, IMPACT_REASON, ENTRY_TEXT, INDICATOR,
                    INDICATOR_NOTE, WITHDRAWAL_REASON, PHASE_NOTE, SIGNIFICANCE_REASON, SHARE_SUMMARY);
            assertThat(page.get("title")).as("the summary is isolated in the page title too")
                    .isEqualTo("\u2068" + SUMMARY + "\u2069 (incident)");
            assertIsolated(session, id + "/classification", SUMMARY, THREAT_FAMILY);
            assertIsolated(session, id + "/impact", SUMMARY, DEVICE_TYPE, MANUFACTURER, MODEL);
            assertIsolated(session, id + "/timeline/" + entry + "/correction", SUMMARY, ENTRY_TEXT);
            assertIsolated(session, id + "/indicators/" + indicator + "/correction", SUMMARY, INDICATOR,
                    INDICATOR_NOTE);
            assertIsolated(session, id + "/indicators/" + indicator + "/withdrawal", SUMMARY, INDICATOR);
            assertIsolated(session, id + "/share", SUMMARY, SHARE_SUMMARY, HOSPITAL, DEVICE_TYPE, INDICATOR);
            assertIsolated(session, "/hospital", HOSPITAL);
        } finally {
            browser.quit();
        }
    }

    @Test
    void theDposDeadlinePagesShowEveryTextAsIsolatedTextAndRunNothing() throws Exception {
        ChromeDriver browser = Browser.start();
        try {
            var session = new BrowserSession(browser, stack);
            browser.get(stack.gatewayUrl() + "/deadlines");
            session.logIn("lyon.dpo");

            assertIsolated(session, "/deadlines", NIS2_AUTHORITY, DATA_PROTECTION_AUTHORITY);
            assertIsolated(session, "/deadlines/" + earlyWarning, NIS2_AUTHORITY, REFERENCE);
            assertIsolated(session, "/deadlines/" + saNotification, DATA_PROTECTION_AUTHORITY, NOT_REQUIRED_REASON);
            assertIsolated(session, "/deadlines/" + communication, HIGH_RISK_REASONS);
        } finally {
            browser.quit();
        }
    }

    /** Opens the page and checks it shows each expected text, and every stored text on it, as isolated text. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> assertIsolated(BrowserSession session, String path, String... expected) {
        var browser = session.browser();
        browser.get(stack.gatewayUrl() + path);
        session.waitFor(By.tagName("footer"));
        assertThatThrownBy(() -> browser.switchTo().alert()).as("an alert on " + path)
                .isInstanceOf(NoAlertPresentException.class);
        var found = (Map<String, Object>) browser.executeScript(INSPECT, STORED);
        var counts = (Map<String, Long>) found.get("counts");
        var missing = new ArrayList<String>();
        for (String text : expected) {
            if (counts.get(text) == 0) {
                missing.add(text);
            }
        }
        String shown = browser.findElement(By.tagName("main")).getText();
        assertThat((List<String>) found.get("problems")).as(path + " shows:\n" + shown).isEmpty();
        assertThat(missing).as("texts missing as isolated text on " + path + ", which shows:\n" + shown).isEmpty();
        assertThat((Long) found.get("injected")).as("elements injected into " + path).isZero();
        assertThat((List<String>) found.get("scripts")).as("scripts on " + path)
                .containsOnly("/ui/vigil.js", "/ui/live.js");
        return found;
    }

    private JsonNode command(String method, String path, Map<String, ?> body) {
        String url = stack.commandServiceUrl() + "/api/incidents" + (incident == null ? "" : "/" + incident) + path;
        return ok(method, url, officer, body);
    }

    private static JsonNode ok(String method, String url, String bearer, Map<String, ?> body) {
        var response = send(method, url, bearer, json(body));
        assertThat(response.status()).as(method + " " + url + " answered " + response.body()).isIn(200, 201);
        return response.body();
    }

    private static Map<String, String> rules(JsonNode obligations) {
        var byRule = new HashMap<String, String>();
        obligations.forEach(obligation -> byRule.put(obligation.get("ruleId").asText(),
                obligation.get("obligationId").asText()));
        return byRule;
    }

    private static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
