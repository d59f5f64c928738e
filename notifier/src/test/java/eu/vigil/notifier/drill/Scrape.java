package eu.vigil.notifier.drill;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** One value of a Prometheus scrape. */
record Scrape(String text) {

    /** The sample of {@code name} whose labels include {@code label} (empty: any, or none). */
    double value(String name, String label) {
        var line = Pattern.compile("(?m)^" + name + "(\\{[^}]*" + Pattern.quote(label) + "[^}]*})? (\\S+)$")
                .matcher(text);
        assertThat(line.find()).as("%s %s in the scrape", name, label).isTrue();
        return Double.parseDouble(line.group(2));
    }
}
