package eu.vigil.notifier.obligation.web;

import com.fasterxml.jackson.databind.JsonNode;
import eu.vigil.notifier.obligation.ObligationIds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The authority's receipt for a submitted report, through the API (issue 14). */
class ReceiptApiIT extends BruggeObligationsFixture {

    private static final int MIB = 1024 * 1024;
    private static final byte[] ACK = pdf("CCB acknowledgement, reference CCB-2026-0042");

    @Autowired JdbcTemplate jdbc;
    @LocalServerPort int port;

    UUID submitted;
    UUID running;

    @BeforeEach
    void theNotificationWasSubmitted() {
        submitted = ObligationIds.of(incident, "NIS2_INCIDENT_NOTIFICATION");
        running = ObligationIds.of(incident, "GDPR_SA_NOTIFICATION");
        var response = http.exchange("/api/obligations/" + submitted + "/submission", HttpMethod.POST,
                as("DPO", "h-brugge", Map.of("submittedAt", aware.plus(Duration.ofHours(29)).toString(),
                        "reference", "CCB-2026-0042")), JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void anAttachedReceiptDownloadsAsTheSameBytesUnderItsDigest() {
        var attached = attach(submitted, "DPO", "h-brugge", "application/pdf", "ccb-ack.pdf", ACK);
        var download = http.exchange("/api/obligations/" + submitted + "/receipt", HttpMethod.GET,
                new HttpEntity<>(headers("SECURITY_OFFICER", "h-brugge")), byte[].class);

        assertThat(attached.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(attached.getBody().get("fileName").asText()).isEqualTo("ccb-ack.pdf");
        assertThat(attached.getBody().get("mediaType").asText()).isEqualTo("application/pdf");
        assertThat(attached.getBody().get("sizeBytes").asLong()).isEqualTo(ACK.length);
        assertThat(attached.getBody().get("sha256").asText()).isEqualTo(sha256(ACK));
        assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(download.getBody()).isEqualTo(ACK);
        assertThat(sha256(download.getBody())).isEqualTo(attached.getBody().get("sha256").asText());
        assertThat(download.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(download.getHeaders().getContentDisposition().getType()).isEqualTo("attachment");
        assertThat(download.getHeaders().getContentDisposition().getFilename()).isEqualTo("ccb-ack.pdf");
        assertThat(download.getHeaders().get("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(download.getHeaders().get("Content-Security-Policy")).containsExactly("sandbox");
    }

    @Test
    void aSecondReceiptReplacesTheFirstAndTheTrailKeepsBothDigests() {
        byte[] mail = "From: notification@ccb.belgium.be\r\nSubject: Ontvangen CCB-2026-0042\r\n\r\nDank u.\r\n"
                .getBytes(StandardCharsets.UTF_8);

        attach(submitted, "DPO", "h-brugge", "application/pdf", "ccb-ack.pdf", ACK);
        attach(submitted, "DPO", "h-brugge", "message/rfc822", "Ontvangen%20%E2%80%93%20CCB.eml", mail);
        var download = http.exchange("/api/obligations/" + submitted + "/receipt", HttpMethod.GET,
                new HttpEntity<>(headers("DPO", "h-brugge")), byte[].class);

        assertThat(download.getBody()).isEqualTo(mail);
        assertThat(download.getHeaders().getContentDisposition().getFilename()).isEqualTo("Ontvangen \u2013 CCB.eml");
        assertThat(receiptEvents(submitted)).hasSize(2)
                .anySatisfy(payload -> assertThat(payload).contains(sha256(ACK)))
                .anySatisfy(payload -> assertThat(payload).contains(sha256(mail)))
                .allSatisfy(payload -> assertThat(payload).doesNotContain("CCB acknowledgement", "Dank u"));
    }

    @Test
    void aReceiptOverFiveMebibytesIsRefusedAndNothingIsRecorded() {
        byte[] justOver = Arrays.copyOf(ACK, 5 * MIB + 1);

        var overTheReceiptsLimit = attach(submitted, "DPO", "h-brugge", "application/pdf", "scan.pdf", justOver);
        var overTheAddresssLimit = answerToHeadersAlone(submitted, 6 * MIB);

        assertProblem(overTheReceiptsLimit, 413, "request-too-large", "body");
        assertThat(overTheAddresssLimit).startsWith("HTTP/1.1 413").contains("urn:vigil:problem:request-too-large");
        assertNothingRecorded(submitted);
    }

    @Test
    void bytesThatAreNotOfTheDeclaredTypeAreRefusedNamingTheContentType() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};

        assertProblem(attach(submitted, "DPO", "h-brugge", "application/pdf", "ack.pdf", png),
                415, "unsupported-media-type", "Content-Type");
        assertProblem(attach(submitted, "DPO", "h-brugge", "image/jpeg", "ack.jpg", ACK),
                415, "unsupported-media-type", "Content-Type");
        assertProblem(attach(submitted, "DPO", "h-brugge", "text/plain", "ack.txt", new byte[]{'o', 'k', 0}),
                415, "unsupported-media-type", "Content-Type");
        assertProblem(attach(submitted, "DPO", "h-brugge", "text/plain", "ack.txt", new byte[]{'o', (byte) 0xC3}),
                415, "unsupported-media-type", "Content-Type");
        assertProblem(attach(submitted, "DPO", "h-brugge", "application/zip", "ack.zip", new byte[]{'P', 'K', 3, 4}),
                415, "unsupported-media-type", "Content-Type");
        assertNothingRecorded(submitted);
    }

    @Test
    void aNameWithAPathOrAControlCharacterOrTooLongIsRefused() {
        for (String name : List.of("..%2F..%2Fetc%2Fpasswd.pdf", "C:%5Cack.pdf", "ack%E2%80%AEfdp.exe",
                "ack%0D%0Ax.pdf", "a".repeat(197) + ".pdf")) {
            assertProblem(attach(submitted, "DPO", "h-brugge", "application/pdf", name, ACK),
                    400, "invalid-request", "Vigil-File-Name");
        }
        assertNothingRecorded(submitted);
    }

    @Test
    void aReceiptWithoutANameIsNamedAfterItsType() {
        var attached = attach(submitted, "DPO", "h-brugge", "image/png", null,
                new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13});

        assertThat(attached.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(attached.getBody().get("fileName").asText()).isEqualTo("receipt.png");
    }

    @Test
    void aReceiptBeforeTheSubmissionIsRefusedAndNothingIsRecorded() {
        var refused = attach(running, "DPO", "h-brugge", "application/pdf", "ack.pdf", ACK);
        var download = http.exchange("/api/obligations/" + running + "/receipt", HttpMethod.GET,
                new HttpEntity<>(headers("DPO", "h-brugge")), JsonNode.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getBody().get("type").asText()).isEqualTo("urn:vigil:problem:receipt-before-submission");
        assertThat(download.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertNothingRecorded(running);
    }

    @Test
    void anotherHospitalsDpoNeitherAttachesNorDownloads() {
        attach(submitted, "DPO", "h-brugge", "application/pdf", "ccb-ack.pdf", ACK);

        var attach = attach(submitted, "DPO", "h-lyon", "application/pdf", "ack.pdf", pdf("not theirs"));
        var download = http.exchange("/api/obligations/" + submitted + "/receipt", HttpMethod.GET,
                new HttpEntity<>(headers("DPO", "h-lyon")), JsonNode.class);

        assertThat(attach.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(download.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(download.getBody().get("type").asText()).isEqualTo("urn:vigil:problem:obligation-not-found");
        assertThat(receiptEvents(submitted)).hasSize(1);
    }

    private ResponseEntity<JsonNode> attach(UUID obligation, String role, String hospital, String type, String name,
                                            byte[] body) {
        var headers = headers(role, hospital);
        headers.setContentType(MediaType.parseMediaType(type));
        if (name != null) {
            headers.set("Vigil-File-Name", name);
        }
        return http.exchange("/api/obligations/" + obligation + "/receipt", HttpMethod.PUT,
                new HttpEntity<>(body, headers), JsonNode.class);
    }

    // the headers alone: a body refused by its declared length is never read, so none needs sending
    private String answerToHeadersAlone(UUID obligation, int contentLength) {
        try (var socket = new java.net.Socket("localhost", port)) {
            socket.getOutputStream().write(("PUT /api/obligations/" + obligation + "/receipt HTTP/1.1\r\n"
                    + "Host: localhost\r\nAuthorization: "
                    + headers("DPO", "h-brugge").getFirst(HttpHeaders.AUTHORIZATION)
                    + "\r\nContent-Type: application/pdf\r\nContent-Length: " + contentLength + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            socket.shutdownOutput(); // no body follows: the server need not wait for one before it closes
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void assertProblem(ResponseEntity<JsonNode> response, int status, String code, String pointer) {
        assertThat(response.getStatusCode().value()).as("%s", response.getBody()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().get("type").asText()).isEqualTo("urn:vigil:problem:" + code);
        assertThat(response.getBody().get("errors").findValuesAsText("pointer")).containsExactly(pointer);
    }

    private void assertNothingRecorded(UUID obligation) {
        assertThat(jdbc.queryForObject("select count(*) from notification.submission_receipt where obligation_id = ?",
                Long.class, obligation)).isZero();
        assertThat(receiptEvents(obligation)).isEmpty();
    }

    private List<String> receiptEvents(UUID obligation) {
        return jdbc.queryForList("""
                        select convert_from(payload, 'UTF8') from notification.domain_event_entry
                         where aggregate_identifier = ? and payload_type like '%ReceiptAttached'""",
                String.class, obligation.toString());
    }

    private static byte[] pdf(String text) {
        return ("%PDF-1.7\n% " + text + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
