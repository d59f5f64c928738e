package eu.vigil.local;

import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Whether a page holds each of the {@link HostileTexts} it shows as the whole text of a {@code <bdi>} (or the value of
 * a field with {@code dir="auto"}), and nothing is injected, run or evaluated.
 */
final class IsolatedTexts {

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

    private IsolatedTexts() {
    }

    /** Opens the page and checks it shows each expected text, and every stored text on it, as isolated text. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> assertIsolated(BrowserSession session, String path, String... expected) {
        var browser = session.browser();
        browser.get(session.stack().gatewayUrl() + path);
        session.waitFor(By.tagName("footer"));
        assertThatThrownBy(() -> browser.switchTo().alert()).as("an alert on " + path)
                .isInstanceOf(NoAlertPresentException.class);
        var found = (Map<String, Object>) browser.executeScript(INSPECT, HostileTexts.STORED);
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
}
