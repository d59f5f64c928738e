package eu.vigil.query.drill.web;

import eu.vigil.query.drill.ScriptedDrill;
import eu.vigil.testsupport.DiagonalWords;
import eu.vigil.testsupport.RealInfrastructure;
import eu.vigil.testsupport.TestTokens;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The drill report's PDF (ADR 0022): the report's figures, and EXERCISE across every page. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DrillReportPdfIT {

    private static final String HOSPITAL = "h-drill-pdf";
    private static final String OFFICER = TestTokens.bearer("u-officer-7", "SECURITY_OFFICER", HOSPITAL);
    private static final String OTHER_OFFICER = TestTokens.bearer("u-officer-9", "SECURITY_OFFICER", "h-drill-pdf-2");

    @Autowired TestRestTemplate http;
    @Autowired JdbcClient jdbc;
    @Autowired Environment context;

    private ScriptedDrill drill;

    @BeforeAll
    void aScriptedDrill() {
        drill = new ScriptedDrill(HOSPITAL).publish(context, jdbc);
    }

    @Test
    void givenTheReportAsPdfThenItHoldsTheFiguresAndEveryPageCarriesTheDiagonalExercise() throws IOException {
        var answer = pdf(drill.drillId, OFFICER, Locale.ENGLISH);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(answer.getHeaders().getContentDisposition().getFilename()).startsWith("exercise-drill-report-");
        try (var pdf = Loader.loadPDF(answer.getBody())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("This is the report of a drill", "Drill report: Ransomware on the PACS",
                    "Expectations met 2", "Expectations late 1", "Expectations missed 1",
                    "Expectations not due yet 1", "30 h 0 min 0 s (submitted)", "PACS unreachable", "Missed",
                    "Not due yet", "Early warning", "6 h 0 min 0 s", "Who acted when", "u-dpo-1",
                    "Call the DPO before classifying.", "Ransomware on the imaging systems (PACS)");
            assertThat(text).doesNotContain("pacs-ransomware");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(
                    "EXERCISE · Drill report: Ransomware on the PACS");
            assertThat(DiagonalWords.of(pdf)).isNotEmpty().allSatisfy(words -> assertThat(words).isEqualTo("EXERCISE"));
        }
    }

    @Test
    void givenAGermanViewerThenThePdfSpeaksGermanAndItsWatermarkToo() throws IOException {
        try (var pdf = Loader.loadPDF(pdf(drill.drillId, OFFICER, Locale.GERMAN).getBody())) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ")).contains("Übungsbericht",
                    "Wer wann handelte", "Ransomware auf den Bildarchivsystemen (PACS)");
            assertThat(DiagonalWords.of(pdf)).allSatisfy(words -> assertThat(words).isEqualTo("ÜBUNG"));
        }
    }

    @Test
    void anotherHospitalsOfficerGetsNoPdf() {
        assertThat(pdf(drill.drillId, OTHER_OFFICER, Locale.ENGLISH).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(pdf(UUID.randomUUID(), OFFICER, Locale.ENGLISH).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private ResponseEntity<byte[]> pdf(UUID drillId, String token, Locale locale) {
        var headers = new HttpHeaders();
        headers.setBearerAuth(token);
        headers.setAcceptLanguageAsLocales(List.of(locale));
        return http.exchange("/drill-reports/" + drillId + "/pdf", HttpMethod.GET, new HttpEntity<>(headers),
                byte[].class);
    }
}
