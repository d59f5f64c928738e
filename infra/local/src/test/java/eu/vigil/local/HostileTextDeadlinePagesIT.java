package eu.vigil.local;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.chrome.ChromeDriver;

import static eu.vigil.local.HostileTexts.DATA_PROTECTION_AUTHORITY;
import static eu.vigil.local.HostileTexts.HIGH_RISK_REASONS;
import static eu.vigil.local.HostileTexts.NIS2_AUTHORITY;
import static eu.vigil.local.HostileTexts.NOT_REQUIRED_REASON;
import static eu.vigil.local.HostileTexts.REFERENCE;
import static eu.vigil.local.IsolatedTexts.assertIsolated;

/**
 * Whatever a person typed comes back as that text on the DPO's deadline pages (the authorities' names, the
 * decisions' reasons, a submission's reference) and cannot reorder the page around it.
 */
@ExtendWith(SharedStack.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileTextDeadlinePagesIT {

    private RunningStack stack;
    private HostileTexts texts;

    @BeforeAll
    void theTextsAreStored(RunningStack shared) throws Exception {
        stack = shared;
        texts = HostileTexts.storedOn(shared);
    }

    @Test
    void givenHostileTextsWhenTheDpoOpensTheDeadlinePagesThenEachIsIsolatedTextAndNothingRuns() throws Exception {
        ChromeDriver browser = Browser.start();
        try {
            var session = new BrowserSession(browser, stack);
            browser.get(stack.gatewayUrl() + "/deadlines");
            session.logIn("lyon.dpo");

            assertIsolated(session, "/deadlines", NIS2_AUTHORITY, DATA_PROTECTION_AUTHORITY);
            assertIsolated(session, "/deadlines/" + texts.earlyWarning(), NIS2_AUTHORITY, REFERENCE);
            assertIsolated(session, "/deadlines/" + texts.saNotification(), DATA_PROTECTION_AUTHORITY,
                    NOT_REQUIRED_REASON);
            assertIsolated(session, "/deadlines/" + texts.communication(), HIGH_RISK_REASONS);
        } finally {
            browser.quit();
        }
    }
}
