package eu.vigil.local;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The pages a logged-in user reaches by following the links of the pages, from the home page: each page at most
 * once, and each kind of page (its path with the ids as {id}) a few times, so that an incident's or a report's
 * page is seen in several states without visiting every form of every incident. Downloads, feeds, the API and
 * logging out are not pages.
 */
final class PageCrawl {

    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern NAMED = Pattern.compile("^/(authorities|hospital-profiles)/[^/]+");
    // the incident's and the report's own pages show their state: several of them; one of each form is enough
    private static final Pattern STATE_PAGE = Pattern.compile("^/(incidents|deadlines)/\\{id}$");
    private static final int STATES = 3;
    private static final int FORMS = 1;
    private static final int PAGES = 60;
    private static final Pattern NOT_A_PAGE = Pattern.compile(
            "^/(api|logout|live|oauth2|login|openapi/.+\\.json)(/.*)?$|\\.(ics|json|pdf|csv|txt|html)$|/export(/|$)");
    private static final String LINKS = "return Array.from(document.querySelectorAll('a[href]'), a => a.href);";

    private final ChromeDriver browser;
    private final String origin;
    private final Queue<String> queue = new ArrayDeque<>();
    private final Set<String> queued = new LinkedHashSet<>();
    private final Map<String, Integer> perShape = new HashMap<>();
    private final Set<String> shapes = new LinkedHashSet<>();

    PageCrawl(ChromeDriver browser, String origin) {
        this.browser = browser;
        this.origin = origin;
        offer(origin + "/");
    }

    /** Opens the next page and answers its path and query, or null when every page reached has been seen. */
    String next() {
        if (queue.isEmpty()) {
            return null;
        }
        String url = queue.remove();
        browser.get(url);
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> "complete".equals(
                browser.executeScript("return document.readyState;")));
        @SuppressWarnings("unchecked")
        var links = (List<String>) browser.executeScript(LINKS);
        links.forEach(this::offer);
        return url.substring(origin.length());
    }

    /** The kinds of page visited: paths with every id as {id}. */
    Set<String> shapes() {
        return shapes;
    }

    private void offer(String link) {
        if (!link.startsWith(origin + "/")) {
            return;
        }
        URI uri = URI.create(link);
        String path = uri.getRawPath();
        if (NOT_A_PAGE.matcher(path).find()) {
            return;
        }
        // the list's filters and pages are one page; the print view is a page of its own
        String query = uri.getRawQuery() != null && uri.getRawQuery().contains("print") ? "?print" : "";
        String url = origin + path + query;
        String shape = NAMED.matcher(ID.matcher(path).replaceAll("{id}")).replaceFirst("/$1/{id}") + query;
        int allowed = STATE_PAGE.matcher(shape).matches() ? STATES : FORMS;
        if (queued.contains(url) || perShape.getOrDefault(shape, 0) >= allowed || queued.size() >= PAGES) {
            return;
        }
        perShape.merge(shape, 1, Integer::sum);
        shapes.add(shape);
        queued.add(url);
        queue.add(url);
    }
}
