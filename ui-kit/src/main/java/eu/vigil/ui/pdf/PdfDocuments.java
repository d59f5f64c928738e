package eu.vigil.ui.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.XRLog;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Renders an HTML page into PDF/A-3a: tagged for accessibility (PDF/UA structure tree), the metadata's language on
 * the catalog and the root element, its title in the document information and XMP, Liberation Sans embedded, and
 * the sRGB output intent.
 *
 * <p>The page is parsed with jsoup's HTML5 parser and converted with {@link W3CDom}, so Thymeleaf's HTML mode
 * ({@code <!DOCTYPE html>}, void elements without a slash) works as well as well-formed XHTML. Styles must be inline
 * ({@code <style>} or {@code style=""}); images only as {@code data:} URIs: the renderer loads nothing from the
 * network or the disk, so a page cannot make the service fetch an address (SSRF) or read a file.
 *
 * <p>Thread-safe: each call builds its own renderer; the font files are read once, at start. A bean of every
 * service that has openhtmltopdf on its class path ({@link PdfAutoConfiguration}).
 */
public class PdfDocuments {

    static final String FONT_FAMILY = "Liberation Sans";

    // Every family a page names (Arial, system-ui, serif...) falls back to the embedded font: PDF/A forbids the
    // standard 14 fonts openhtmltopdf would otherwise use, and a font only installed on the server is not portable.
    private static final Set<FSFontUseCase> FONT_USES = EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.FALLBACK_PRE);
    private static final String FONT_FOLDER = "/liberation/"; // in com.github.librepdf:openpdf-fonts-extra

    private final List<Face> faces = List.of(
            Face.load("LiberationSans-Regular.ttf", 400, FontStyle.NORMAL),
            Face.load("LiberationSans-Bold.ttf", 700, FontStyle.NORMAL),
            Face.load("LiberationSans-Italic.ttf", 400, FontStyle.ITALIC),
            Face.load("LiberationSans-BoldItalic.ttf", 700, FontStyle.ITALIC));
    private final byte[] srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    static {
        XRLog.setLoggerImpl(new Slf4jXrLogger());
    }

    /**
     * @param html     a whole page, HTML5 or XHTML; its {@code <title>}, {@code lang} and author and subject
     *                 {@code <meta>} elements are replaced by the metadata's
     * @param metadata title, language, subject and author of the PDF
     * @return the PDF/A-3a file
     */
    public byte[] render(String html, PdfMetadata metadata) {
        Document page = Jsoup.parse(html);
        describe(page, metadata);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .usePdfAConformance(PdfAConformance.PDFA_3_A)
                .usePdfUaAccessibility(true)
                .useColorProfile(srgb)
                .withProducer("Vigil")
                .useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                        ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .withW3cDocument(W3CDom.convert(page), null)
                .toStream(pdf);
        for (Face face : faces) {
            builder.useFont(face::open, FONT_FAMILY, face.weight(), face.style(), true, FONT_USES);
        }
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("could not render the PDF '" + metadata.title() + "'", e);
        }
        return pdf.toByteArray();
    }

    private static void describe(Document page, PdfMetadata metadata) {
        page.select("html").attr("lang", metadata.language()).removeAttr("xml:lang");
        Element head = page.head();
        head.select("title, meta[name=author], meta[name=subject]").remove();
        head.appendElement("title").text(metadata.title());
        meta(head, "subject", metadata.subject());
        meta(head, "author", metadata.author());
    }

    private static void meta(Element head, String name, String content) {
        if (content != null && !content.isBlank()) {
            head.appendElement("meta").attr("name", name).attr("content", content);
        }
    }

    private record Face(byte[] bytes, int weight, FontStyle style) {

        static Face load(String file, int weight, FontStyle style) {
            try (InputStream in = PdfDocuments.class.getResourceAsStream(FONT_FOLDER + file)) {
                if (in == null) {
                    throw new IllegalStateException("font " + FONT_FOLDER + file + " is not on the class path");
                }
                return new Face(FontTables.withoutGlyphSubstitution(in.readAllBytes()), weight, style);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        InputStream open() {
            return new ByteArrayInputStream(bytes);
        }
    }
}
