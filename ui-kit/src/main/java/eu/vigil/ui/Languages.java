package eu.vigil.ui;

import java.util.List;

/** The languages Vigil speaks: every page, mail, draft, feed and bundle exists in each of them. */
public final class Languages {

    /** Their ISO 639-1 codes, English first: the fallback. */
    public static final List<String> CODES = List.of("en", "fr", "nl", "de", "es", "it", "pt");

    /** The same as a regular expression, for a request parameter's {@code @Pattern}. */
    public static final String PATTERN = "en|fr|nl|de|es|it|pt";

    /** The message a parameter outside {@link #PATTERN} is refused with. */
    public static final String REFUSED = "must be one of en, fr, nl, de, es, it, pt";

    private Languages() {
    }
}
