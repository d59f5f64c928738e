package eu.vigil.testsupport;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The text a PDF draws at a slant, page by page: a watermark, which the page's ordinary text never is (a drill's
 * EXERCISE, ADR 0022). Needs PDFBox on the test's class path, as openhtmltopdf brings it (optional here).
 */
public final class DiagonalWords extends PDFTextStripper {

    private final List<StringBuilder> pages = new ArrayList<>();

    private DiagonalWords() {
    }

    /** For each page, first to last, the glyphs drawn neither horizontally nor vertically, in drawing order. */
    public static List<String> of(PDDocument pdf) throws IOException {
        var words = new DiagonalWords();
        for (int page = 0; page < pdf.getNumberOfPages(); page++) {
            words.pages.add(new StringBuilder());
        }
        words.writeText(pdf, new StringWriter());
        return words.pages.stream().map(StringBuilder::toString).toList();
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        Matrix drawn = text.getTextMatrix(); // the text rendering matrix: the page's transformation included
        double angle = Math.toDegrees(Math.atan2(drawn.getShearY(), drawn.getScaleX()));
        if (Math.abs(angle % 90) > 10 && Math.abs(angle % 90) < 80) {
            pages.get(getCurrentPageNo() - 1).append(text.getUnicode());
        }
    }
}
