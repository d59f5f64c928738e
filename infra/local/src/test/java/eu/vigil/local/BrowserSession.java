package eu.vigil.local;

import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;

/** A browser against the running stack: logging in at the gateway, and waits that say what the page showed. */
record BrowserSession(ChromeDriver browser, RunningStack stack) {

    void logIn(String username) {
        waitFor(By.name("username")).sendKeys(username);
        browser.findElement(By.name("password")).sendKeys(stack.password(username));
        browser.findElement(By.cssSelector("button[type=submit], input[type=submit]")).click();
    }

    WebElement waitFor(By locator) {
        try {
            return new WebDriverWait(browser, Duration.ofSeconds(30))
                    .until(ExpectedConditions.visibilityOfElementLocated(locator));
        } catch (TimeoutException e) {
            throw new AssertionError("No " + locator + " on " + browser.getCurrentUrl() + ", which shows: "
                    + browser.findElement(By.tagName("body")).getText() + "\nThe gateway said:\n" + gatewayLog(), e);
        }
    }

    private String gatewayLog() {
        var log = stack.settings().dataDirectory().resolve("logs").resolve("gateway.log");
        try (var lines = Files.lines(log)) {
            var notable = lines.filter(line -> line.contains("WARN") || line.contains("ERROR") || line.contains("AUDIT"))
                    .toList();
            return String.join("\n", notable.subList(Math.max(0, notable.size() - 15), notable.size()));
        } catch (IOException e) {
            return "(no gateway log: " + e.getMessage() + ")";
        }
    }
}
