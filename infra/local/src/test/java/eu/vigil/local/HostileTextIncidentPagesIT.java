package eu.vigil.local;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.chrome.ChromeDriver;

import static eu.vigil.local.HostileTexts.CLASSIFICATION_REASON;
import static eu.vigil.local.HostileTexts.DESCRIPTION;
import static eu.vigil.local.HostileTexts.DEVICE_TYPE;
import static eu.vigil.local.HostileTexts.ENTRY_TEXT;
import static eu.vigil.local.HostileTexts.HOSPITAL;
import static eu.vigil.local.HostileTexts.IMPACT_REASON;
import static eu.vigil.local.HostileTexts.INDICATOR;
import static eu.vigil.local.HostileTexts.INDICATOR_NOTE;
import static eu.vigil.local.HostileTexts.MANUFACTURER;
import static eu.vigil.local.HostileTexts.MODEL;
import static eu.vigil.local.HostileTexts.PHASE_NOTE;
import static eu.vigil.local.HostileTexts.SHARE_SUMMARY;
import static eu.vigil.local.HostileTexts.SIGNIFICANCE_REASON;
import static eu.vigil.local.HostileTexts.SUMMARY;
import static eu.vigil.local.HostileTexts.THREAT_FAMILY;
import static eu.vigil.local.HostileTexts.WITHDRAWAL_REASON;
import static eu.vigil.local.IsolatedTexts.assertIsolated;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever a person typed comes back as that text on the security officer's incident pages and cannot reorder the
 * page around it; whatever else Lyon shows (the demo's incidents) is shown beside them.
 */
@ExtendWith(SharedStack.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileTextIncidentPagesIT {

    private RunningStack stack;
    private HostileTexts texts;

    @BeforeAll
    void theTextsAreStored(RunningStack shared) throws Exception {
        stack = shared;
        texts = HostileTexts.storedOn(shared);
    }

    @Test
    void givenHostileTextsWhenTheOfficerOpensTheIncidentPagesThenEachIsIsolatedTextAndNothingRuns() throws Exception {
        ChromeDriver browser = Browser.start();
        try {
            var session = new BrowserSession(browser, stack);
            browser.get(stack.gatewayUrl() + "/incidents");
            session.logIn("lyon.officer");
            String id = "/incidents/" + texts.incident();

            assertIsolated(session, "/incidents", SUMMARY);
            var page = assertIsolated(session, id + "?seen=" + texts.lastSequence(), SUMMARY, DESCRIPTION,
                    THREAT_FAMILY, DEVICE_TYPE, MANUFACTURER, MODEL, CLASSIFICATION_REASON, IMPACT_REASON, ENTRY_TEXT,
                    INDICATOR, INDICATOR_NOTE, WITHDRAWAL_REASON, PHASE_NOTE, SIGNIFICANCE_REASON, SHARE_SUMMARY);
            assertThat(page.get("title")).as("the summary is isolated in the page title too")
                    .isEqualTo("\u2068" + SUMMARY + "\u2069 (incident)");
            assertIsolated(session, id + "/classification", SUMMARY, THREAT_FAMILY);
            assertIsolated(session, id + "/impact", SUMMARY, DEVICE_TYPE, MANUFACTURER, MODEL);
            assertIsolated(session, id + "/timeline/" + texts.entry() + "/correction", SUMMARY, ENTRY_TEXT);
            assertIsolated(session, id + "/indicators/" + texts.indicator() + "/correction", SUMMARY, INDICATOR,
                    INDICATOR_NOTE);
            assertIsolated(session, id + "/indicators/" + texts.indicator() + "/withdrawal", SUMMARY, INDICATOR);
            assertIsolated(session, id + "/share", SUMMARY, SHARE_SUMMARY, HOSPITAL, DEVICE_TYPE, INDICATOR);
            assertIsolated(session, "/hospital", HOSPITAL);
        } finally {
            browser.quit();
        }
    }
}
