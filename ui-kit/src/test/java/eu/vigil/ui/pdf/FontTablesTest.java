package eu.vigil.ui.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class FontTablesTest {

    private static final byte[] REGULAR = font("LiberationSans-Regular.ttf");

    @Test
    void givenLiberationSans_whenGlyphSubstitutionIsRemoved_thenOnlyGsubIsGone() throws IOException {
        byte[] without = FontTables.withoutGlyphSubstitution(REGULAR);

        Set<String> before = tables(REGULAR);
        Set<String> after = tables(without);
        assertThat(before).contains("GSUB");
        before.remove("GSUB");
        assertThat(after).isEqualTo(before);
        assertThat(REGULAR).isEqualTo(font("LiberationSans-Regular.ttf"));
    }

    @Test
    void givenAFontWithoutGsub_whenGlyphSubstitutionIsRemoved_thenTheBytesAreTheSame() {
        byte[] without = FontTables.withoutGlyphSubstitution(REGULAR);

        assertThat(FontTables.withoutGlyphSubstitution(without)).isSameAs(without);
    }

    // the reason removing GSUB is safe: Liberation Sans's substitutions (ccmp) change no glyph Vigil's text uses
    @Test
    void givenLatinTextWithCombiningMarks_whenRenderedWithoutGsub_thenThePageContentIsTheSame() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int c = 0x20; c < 0x250; c++) {
            if (c != '<' && c != '&' && (c < 0x7f || c >= 0xa0)) {
                text.append((char) c).append(c % 16 == 0 ? " " : "");
            }
        }
        text.append(" fi fl ff ffi office fjord ĳ Aufsichtsbehörde ’ – € ŒŸ ł ő ž n\u0308 e\u0301 i\u0307 ǅ");
        String page = "<html><body style=\"font-family: 'Liberation Sans'\"><p>" + text + "</p></body></html>";
        byte[] withoutGsub = FontTables.withoutGlyphSubstitution(REGULAR);

        assertThat(pageContent(page, withoutGsub)).isEqualTo(pageContent(page, REGULAR));
    }

    private static byte[] pageContent(String html, byte[] font) throws IOException {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        new PdfRendererBuilder().useFastMode()
                .useFont(() -> new ByteArrayInputStream(font), PdfDocuments.FONT_FAMILY, 400, FontStyle.NORMAL, true)
                .withHtmlContent(html, null).toStream(pdf).run();
        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            ByteArrayOutputStream content = new ByteArrayOutputStream();
            for (PDPage page : document.getPages()) {
                try (InputStream in = page.getContents()) {
                    in.transferTo(content);
                }
            }
            return content.toByteArray();
        }
    }

    private static Set<String> tables(byte[] font) throws IOException {
        try (TrueTypeFont parsed = new TTFParser().parse(new RandomAccessReadBuffer(font))) {
            return new HashSet<>(parsed.getTableMap().keySet());
        }
    }

    private static byte[] font(String file) {
        try (InputStream in = FontTablesTest.class.getResourceAsStream("/liberation/" + file)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
