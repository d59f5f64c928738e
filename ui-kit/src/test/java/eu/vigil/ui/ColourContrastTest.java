package eu.vigil.ui;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The colours of vigil.css against WCAG 2.2's contrast ratios (issue 19, item 3): the focus ring 3:1 against the page
 * and the fields' wash (1.4.11, non-text), text 7:1 where it is read under stress (1.4.6, enhanced): hints and muted
 * text, links, and the primary button's label.
 */
class ColourContrastTest {

    private static final Pattern VARIABLE = Pattern.compile("--([a-z-]+):\\s*(#[0-9a-fA-F]{6})");

    @ParameterizedTest(name = "{0} on {1} at least {2}:1")
    @CsvSource({"focus-ring, paper, 3", "focus-ring, wash, 3", "focus-ring, focus, 3", "muted, paper, 7",
            "muted, wash, 7", "ink, paper, 7", "accent, paper, 7", "accent-ink, accent, 7", "ink, focus, 7"})
    void givenTheStylesheetsColoursWhenPairedThenTheyMeetTheirContrastRatio(String foreground, String background,
                                                                         double ratio) throws IOException {
        var colours = colours();

        assertThat(contrast(colours.get(foreground), colours.get(background))).isGreaterThanOrEqualTo(ratio);
    }

    private static Map<String, String> colours() throws IOException {
        try (InputStream css = ColourContrastTest.class.getResourceAsStream("/static/ui/vigil.css")) {
            var matcher = VARIABLE.matcher(new String(css.readAllBytes(), StandardCharsets.UTF_8));
            var colours = new HashMap<String, String>();
            while (matcher.find()) {
                colours.putIfAbsent(matcher.group(1), matcher.group(2));
            }
            return colours;
        }
    }

    // WCAG 2.2's relative luminance and contrast ratio
    private static double contrast(String a, String b) {
        double first = luminance(a);
        double second = luminance(b);
        return (Math.max(first, second) + 0.05) / (Math.min(first, second) + 0.05);
    }

    private static double luminance(String hex) {
        double[] channels = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            channels[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
    }
}
