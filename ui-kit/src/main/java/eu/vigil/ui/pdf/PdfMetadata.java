package eu.vigil.ui.pdf;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a PDF export says about itself: its title (shown by viewers instead of the file name, PDF/UA), its natural
 * language as an ISO 639-1 code, and optionally a subject and an author (left out of the PDF when null or blank).
 */
public record PdfMetadata(String title, String language, String subject, String author) {

    private static final Pattern ISO_639_1 = Pattern.compile("[a-z]{2}");
    private static final int MAX_LENGTH = 500;

    public PdfMetadata {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(language, "language");
        if (title.isBlank() || title.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("title must have 1 to " + MAX_LENGTH + " characters");
        }
        if (!ISO_639_1.matcher(language).matches()) {
            throw new IllegalArgumentException("language must be an ISO 639-1 code such as 'fr', not '" + language + "'");
        }
        if (subject != null && subject.length() > MAX_LENGTH || author != null && author.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("subject and author must have at most " + MAX_LENGTH + " characters");
        }
    }
}
