package eu.vigil.notifier.register.web;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The register's page and its CSV and PDF exports, each of what the filters select. */
class BreachRegisterExportIT extends BreachRegisterFixture {

    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Test
    void theCsvReadsBackWithEachBreachsStatusInWordsAndNoFormulaToRun() throws IOException {
        var response = get("/breach-register.csv", Locale.ENGLISH);

        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.parseMediaType("text/csv")))
                .isTrue();
        assertThat(response.getHeaders().getContentDisposition().getFilename()).isEqualTo("breach-register.csv");
        var rows = csv(response.getBody());
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0).get(0)).isEqualTo("Incident");
        assertThat(rows.subList(1, 4)).extracting(row -> row.get(0))
                .containsExactly(notified.toString(), notRequired.toString(), pending.toString());
        assertThat(rows.get(1).get(1)).isEqualTo("'" + INJECTED_SUMMARY);
        assertThat(rows.subList(1, 4)).extracting(row -> row.get(11))
                .containsExactly("Notified", "Not notified: not required", "Pending: not decided yet");
        assertThat(rows.get(1).get(14)).isEqualTo("APD-2026-0042");
        assertThat(rows.get(2).get(15)).isEqualTo(NOT_REQUIRED_REASON);
        assertThat(rows.get(1).get(10)).contains("PACS server isolated").contains("Passwords of the PACS accounts reset")
                .doesNotContain("isolatd");
        assertThat(rows.get(2).get(3)).isEqualTo("2026-01-01T00:30+01:00");
        assertThat(rows.get(2).get(5)).isEqualTo("2025-12-31T23:30:00Z");
    }

    @Test
    void theCsvStartsWithAByteOrderMarkSoThatSpreadsheetsReadTheAccents() throws IOException {
        var response = get("/breach-register.csv?status=pending", Locale.FRENCH);

        assertThat(Arrays.copyOf(response.getBody(), 3)).isEqualTo(BYTE_ORDER_MARK);
        var rows = csv(response.getBody());
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get(3)).isEqualTo("Connaissance de la violation (heure de l’hôpital)");
        assertThat(rows.get(1).get(11)).isEqualTo("En attente : pas encore décidé");
        assertThat(response.getHeaders().getContentDisposition().getFilename())
                .isEqualTo("breach-register-pending.csv");
    }

    @Test
    void thePageShowsEachStatusInWordsAndFiltersByYear() {
        var all = page("/breach-register");
        var ofSummer = page("/breach-register?year=2025");

        assertThat(all).contains("data-status=\"notified\"", "data-status=\"not-notified\"",
                "data-status=\"pending\"", ">Notified<", ">Not notified: not required<", NOT_REQUIRED_REASON,
                "href=\"/deadlines/", "href=\"/breach-register.csv\"").doesNotContain(othersBreach.toString());
        assertThat(ofSummer).contains(pending.toString()).doesNotContain(notified.toString())
                .contains("href=\"/breach-register.csv?year=2025\"");
    }

    @Test
    void thePageSaysWhichFilterIsNotValid() {
        var response = http.exchange("/breach-register?status=late", HttpMethod.GET,
                new HttpEntity<>(headers("DPO", hospital)), String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("The notification status in the address is not valid")
                .doesNotContain("data-status=");
    }

    @Test
    void thePdfHoldsTheSelectedBreachesOnly() throws IOException {
        var response = get("/breach-register.pdf?year=2025", Locale.ENGLISH);

        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        try (var pdf = Loader.loadPDF(response.getBody())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "); // lines wrap in cells
            assertThat(text).contains("Breach register", "Year: 2025.", "Mailbox of a ward secretary read",
                            "Pending: not decided yet")
                    .doesNotContain("Backup tapes lost in transit", "Patient list on a public share");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Breach register — " + hospital);
        }
    }

    private org.springframework.http.ResponseEntity<byte[]> get(String address, Locale language) {
        var headers = headers("DPO", hospital);
        headers.setAcceptLanguageAsLocales(List.of(language));
        var response = http.exchange(address, HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response;
    }

    private String page(String address) {
        var response = http.exchange(address, HttpMethod.GET, new HttpEntity<>(headers("DPO", hospital)),
                String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private static List<CSVRecord> csv(byte[] body) throws IOException {
        String text = new String(body, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        try (var parser = CSVFormat.RFC4180.parse(new StringReader(text.substring(1)))) {
            return parser.getRecords();
        }
    }
}
