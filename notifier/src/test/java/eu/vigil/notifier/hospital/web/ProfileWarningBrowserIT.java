package eu.vigil.notifier.hospital.web;

import eu.vigil.contracts.HospitalId;
import eu.vigil.notifier.hospital.HospitalProfile;
import eu.vigil.notifier.hospital.HospitalProfiles;
import eu.vigil.testsupport.RealInfrastructure;
import eu.vigil.testsupport.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14 in Debian's Chromium: ui-kit's script fills the layout's slot on a notifier page that has no warning of its
 * own (the incidents seen) with the fetched warning, and leaves it empty, quietly, when there is none or the fetch
 * fails. The gateway's login is not part of this: the browser sends the user's token with every request (CDP).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class ProfileWarningBrowserIT {

    private static final By SLOT = By.cssSelector("[data-profile-warning]");
    private static final By DONE = By.cssSelector("[data-profile-warning][data-state='done']");

    @LocalServerPort int port;
    @Autowired HospitalProfiles profiles;

    private ChromeDriver browser;

    @AfterEach
    void closeTheBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void givenNoProfileWhenAFrenchDpoOpensAPageWithoutItsOwnWarningThenTheWarningAppearsInFrench() throws IOException {
        browser = chromium("fr");
        asDpoOf(aHospital());

        browser.get("http://localhost:" + port + "/seen-incidents");

        var alert = waitFor(By.cssSelector("[data-profile-warning] [role='alert']"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
        assertThat(alert.getText()).contains("Votre hôpital n’a pas de profil de notification",
                "Que faire : demandez à votre administrateur");
        assertThat(browser.findElements(By.cssSelector("[role='alert']"))).hasSize(1);
    }

    @Test
    void givenAProfileWhenItsDpoOpensThePageThenTheSlotStaysEmptyAndTheConsoleSaysNothingOfIt() throws IOException {
        browser = chromium("en");
        var hospital = aHospital();
        profiles.save(new HospitalProfile(HospitalId.of(hospital), "BE", ZoneId.of("Europe/Brussels"),
                "CCB (CERT.be)", "APD/GBA", "dpo@warning.example", "security@warning.example"));
        asDpoOf(hospital);

        browser.get("http://localhost:" + port + "/seen-incidents");

        waitFor(DONE);
        assertThat(browser.findElement(SLOT).getDomProperty("innerHTML")).isEmpty();
        assertThat(browser.manage().logs().get(LogType.BROWSER).getAll()) // a favicon's 401 is not the warning's
                .noneMatch(entry -> entry.getMessage().contains("hospital-profile")
                        || entry.getMessage().contains("Uncaught"));
    }

    @Test
    void givenNoProfileWhenTheWarningCannotBeFetchedThenTheSlotStaysEmptyWithoutAScriptError() throws IOException {
        browser = chromium("en");
        asDpoOf(aHospital());
        browser.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*/hospital-profile/warning")));

        browser.get("http://localhost:" + port + "/seen-incidents");

        waitFor(DONE);
        assertThat(browser.findElement(SLOT).getDomProperty("innerHTML")).isEmpty();
        // the browser itself reports the blocked request; the page's script adds nothing to it
        assertThat(browser.manage().logs().get(LogType.BROWSER).getAll())
                .noneMatch(entry -> entry.getMessage().contains("Uncaught"));
    }

    private void asDpoOf(String hospital) {
        browser.executeCdpCommand("Network.enable", Map.of());
        browser.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers",
                Map.of("Authorization", "Bearer " + TestTokens.bearer("u-dpo", "DPO", hospital))));
    }

    private WebElement waitFor(By locator) {
        return new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(
                locator));
    }

    private static String aHospital() {
        return "h-browser-" + UUID.randomUUID().toString().substring(0, 8);
    }

    // as infra/local's Browser: Debian's Chromium and its own driver, nothing downloaded at run time
    private static ChromeDriver chromium(String language) throws IOException {
        var options = new ChromeOptions();
        options.setBinary(new File("/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--lang=" + language, "--user-data-dir=" + Files.createTempDirectory("vigil-chromium"));
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        var logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        var service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        return new ChromeDriver(service, options);
    }
}
