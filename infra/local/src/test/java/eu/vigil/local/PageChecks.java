package eu.vigil.local;

import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the page suite asks of the page the browser shows; each check answers the problems it found, in words that
 * say where. Form controls' accessible names come from Chromium's own accessibility tree (CDP
 * {@code Accessibility.getFullAXTree}), so a label that names nothing, or names another form's field, is caught.
 */
final class PageChecks {

    /** axe-core 4.11, from Deque's artifact: the rules of WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
    private static final String AXE = axe();
    private static final String RUN_AXE = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag',
                    values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}, resultTypes: ['violations']})
               .then(result => done(result.violations.map(violation => violation.id + ' (' + violation.impact + '): '
                    + violation.help + ' at ' + violation.nodes.slice(0, 3).map(node => node.target.join(' '))
                    .join(', '))))
               .catch(error => done(['axe failed: ' + error]));
            """;
    private static final String DUPLICATE_IDS = """
            const seen = {};
            document.querySelectorAll('[id]').forEach(element => seen[element.id] = (seen[element.id] || 0) + 1);
            return Object.keys(seen).filter(id => seen[id] > 1);
            """;
    private static final String OVERFLOW = """
            const root = document.documentElement;
            if (root.scrollWidth <= root.clientWidth) { return []; }
            const wide = Array.from(document.body.querySelectorAll('*'))
                .filter(element => element.getBoundingClientRect().right > root.clientWidth + 1)
                .filter(element => !Array.from(element.children)
                    .some(child => child.getBoundingClientRect().right > root.clientWidth + 1));
            return ['scrollWidth ' + root.scrollWidth + ' > ' + root.clientWidth + ', pushed by '
                + wide.slice(0, 4).map(element => element.tagName.toLowerCase() + (element.id ? '#' + element.id : '')
                    + (element.className ? '.' + String(element.className).trim().replace(/\\s+/g, '.') : '')
                    + ' "' + (element.textContent || '').trim().slice(0, 40) + '"').join(', ')];
            """;
    private static final List<String> CONTROL_ROLES = List.of("textbox", "searchbox", "combobox", "listbox",
            "checkbox", "radio", "spinbutton", "slider", "switch", "button");
    private static final String LANGUAGE = "return document.documentElement.lang;";
    private static final String TEXT = "return document.body.innerText;";
    // Navigation Timing level 2: the HTTP status of the document the browser shows
    private static final String STATUS = "return performance.getEntriesByType('navigation')[0].responseStatus;";

    private final ChromeDriver browser;

    PageChecks(ChromeDriver browser) {
        this.browser = browser;
    }

    @SuppressWarnings("unchecked")
    List<String> axeViolations() {
        browser.executeScript(AXE);
        return (List<String>) browser.executeAsyncScript(RUN_AXE);
    }

    @SuppressWarnings("unchecked")
    List<String> duplicateIds() {
        return ((List<String>) browser.executeScript(DUPLICATE_IDS)).stream().map(id -> "id used twice: " + id)
                .toList();
    }

    /** Every control a person fills in or presses, as the accessibility tree exposes it, has a name. */
    @SuppressWarnings("unchecked")
    List<String> unnamedControls() {
        var tree = (Map<String, Object>) browser.executeCdpCommand("Accessibility.getFullAXTree", Map.of());
        var problems = new ArrayList<String>();
        for (var node : (List<Map<String, Object>>) tree.get("nodes")) {
            if (Boolean.TRUE.equals(node.get("ignored")) || node.get("role") == null) {
                continue;
            }
            String role = String.valueOf(((Map<String, Object>) node.get("role")).get("value"));
            if (!CONTROL_ROLES.contains(role)) {
                continue;
            }
            var name = (Map<String, Object>) node.get("name");
            if (name == null || String.valueOf(name.get("value")).isBlank()) {
                problems.add("a " + role + " without an accessible name (DOM node "
                        + node.get("backendDOMNodeId") + ")");
            }
        }
        return problems;
    }

    /** No horizontal scrolling with the layout viewport that many CSS pixels wide. */
    @SuppressWarnings("unchecked")
    List<String> overflowAt(int width) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 800, "deviceScaleFactor", 1, "mobile", false));
        try {
            return ((List<String>) browser.executeScript(OVERFLOW)).stream().map(problem -> "at " + width + " px: "
                    + problem).toList();
        } finally {
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /** Each element that takes the focus shows it, with at least 3:1 against what surrounds it. */
    @SuppressWarnings("unchecked")
    List<String> invisibleFocus() {
        // :focus and :focus-visible match only in a page that has the focus, which a fresh headless window lacks
        browser.executeCdpCommand("Emulation.setFocusEmulationEnabled", Map.of("enabled", true));
        return (List<String>) browser.executeScript(FocusContrast.SCRIPT);
    }

    /** An error page passes every other check: the status the page was served with must be asked for. */
    List<String> notOk() {
        var status = ((Number) browser.executeScript(STATUS)).intValue();
        return status == 200 ? List.of() : List.of("served with HTTP status " + status);
    }

    String language() {
        return String.valueOf(browser.executeScript(LANGUAGE));
    }

    String text() {
        return String.valueOf(browser.executeScript(TEXT));
    }

    private static String axe() {
        try (InputStream script = PageChecks.class.getResourceAsStream("/axe.min.js")) {
            if (script == null) {
                throw new IllegalStateException("axe.min.js is not on the test classpath (com.deque.html.axe-core)");
            }
            return new String(script.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
