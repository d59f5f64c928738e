package eu.vigil.ui.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PdfDocumentsTest {

    private static final String FRENCH = "Déclaration de violation : données à caractère personnel, hôpital Saint-Éloi";
    private static final String GERMAN = "Größere Störung der Verfügbarkeit, Übermittlung an die Aufsichtsbehörde";
    private static final PdfMetadata METADATA = new PdfMetadata("Registre des violations – Hôpital Saint-Éloi", "fr",
            "Article 33(5) RGPD", "Délégué à la protection des données");

    // what Thymeleaf's HTML mode produces: doctype, unclosed void elements, a title and lang the export replaces
    private static final String HTML5_PAGE = """
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="UTF-8"><title>draft</title><style>h1 { font-size: 18pt }</style></head>
            <body>
            <h1>Rapport d’incident – Übersicht</h1>
            <p>%s<br>%s</p>
            <p><strong>Ñandú, ação, perché, één, ŒŸ ł ő ž</strong> <em>cursive</em></p>
            </body>
            </html>
            """.formatted(FRENCH, GERMAN);

    private final PdfDocuments documents = new PdfDocuments();

    @Test
    void givenAnHtml5PageWithAccents_whenRendered_thenTheTextIsExtractableWithItsAccents() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(documents.render(HTML5_PAGE, METADATA))) {
            String text = new PDFTextStripper().getText(pdf);

            assertThat(text).contains(FRENCH, GERMAN, "Rapport d’incident – Übersicht", "Ñandú, ação, perché, één");
        }
    }

    @Test
    void givenMetadata_whenRendered_thenXmpDeclaresPdfA3aAndCarriesTheTitle() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(documents.render(HTML5_PAGE, METADATA))) {
            PDDocumentCatalog catalog = pdf.getDocumentCatalog();
            XMPMetadata xmp;
            try (InputStream in = catalog.getMetadata().exportXMPMetadata()) {
                DomXmpParser parser = new DomXmpParser();
                parser.setStrictParsing(false); // xmpbox has no built-in schema for the PDF/UA identification
                xmp = parser.parse(in.readAllBytes());
            }

            assertThat(xmp.getPDFAIdentificationSchema().getPart()).isEqualTo(3);
            assertThat(xmp.getPDFAIdentificationSchema().getConformance()).isEqualTo("A");
            assertThat(xmp.getDublinCoreSchema().getTitle()).isEqualTo(METADATA.title());
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(METADATA.title());
            assertThat(pdf.getDocumentInformation().getSubject()).isEqualTo(METADATA.subject());
            assertThat(pdf.getDocumentInformation().getAuthor()).isEqualTo(METADATA.author());
            assertThat(catalog.getOutputIntents()).singleElement()
                    .satisfies(intent -> assertThat(intent.getDestOutputIntent()).isNotNull());
        }
    }

    @Test
    void givenAPage_whenRendered_thenEveryFontIsEmbeddedLiberation() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(documents.render(HTML5_PAGE, METADATA))) {
            List<PDFont> fonts = fonts(pdf);

            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("LiberationSans");
            });
            assertThat(fonts).extracting(PDFont::getName)
                    .anyMatch(name -> name.endsWith("LiberationSans-Bold"))
                    .anyMatch(name -> name.endsWith("LiberationSans"));
        }
    }

    @Test
    void givenAPageInEnglish_whenRenderedWithFrenchMetadata_thenTheDocumentIsTaggedAndInFrench() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(documents.render(HTML5_PAGE, METADATA))) {
            PDDocumentCatalog catalog = pdf.getDocumentCatalog();

            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getStructureTreeRoot()).isNotNull();
            assertThat(structureTypes(catalog.getStructureTreeRoot())).contains("H1", "P");
            assertThat(catalog.getLanguage()).isEqualTo("fr");
        }
    }

    @Test
    void givenWellFormedXhtml_whenRendered_thenItRendersLikeHtml() throws IOException {
        String xhtml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <html xmlns="http://www.w3.org/1999/xhtml"><head><title>x</title></head>
                <body><h1>Übersicht</h1><p>%s<br/></p></body></html>
                """.formatted(FRENCH);

        try (PDDocument pdf = Loader.loadPDF(documents.render(xhtml, METADATA))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Übersicht", FRENCH);
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(METADATA.title());
        }
    }

    @Test
    void givenAnImageOnTheDisk_whenRendered_thenTheRendererDoesNotReadIt(@TempDir Path folder) throws IOException {
        Path png = folder.resolve("logo.png");
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
        String page = "<!DOCTYPE html><html><body><p>logo</p><img alt=\"logo\" src=\"" + png.toUri() + "\"></body></html>";

        try (PDDocument pdf = Loader.loadPDF(documents.render(page, METADATA))) {
            PDResources resources = pdf.getPage(0).getResources();

            assertThat(resources.getXObjectNames()).noneMatch(name -> resources.isImageXObject(name));
        }
    }

    @Test
    void givenAnImageAsDataUri_whenRendered_thenItIsEmbedded() throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", png);
        String source = "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
        String page = "<!DOCTYPE html><html><body><p>logo</p><img alt=\"logo\" src=\"" + source + "\"></body></html>";

        try (PDDocument pdf = Loader.loadPDF(documents.render(page, METADATA))) {
            PDResources resources = pdf.getPage(0).getResources();

            assertThat(resources.getXObjectNames()).anyMatch(name -> resources.isImageXObject(name));
        }
    }

    @Test
    void givenALanguageThatIsNotIso6391_whenDescribed_thenItIsRejected() {
        assertThatThrownBy(() -> new PdfMetadata("Register", "fra", null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ISO 639-1");
        assertThatThrownBy(() -> new PdfMetadata("Register", "FR", null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PdfMetadata(" ", "fr", null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("title");
    }

    private static List<PDFont> fonts(PDDocument pdf) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
        }
        return fonts;
    }

    private static List<String> structureTypes(PDStructureNode node) {
        List<String> types = new ArrayList<>();
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                types.add(element.getStructureType());
                types.addAll(structureTypes(element));
            }
        }
        return types;
    }
}
