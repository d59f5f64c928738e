package eu.vigil.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/**
 * The receipt upload (issue 14) is the one address that takes more than 64 KiB, up to its own limit
 * ({@code vigil.web.larger-bodies}); every other address keeps 64 KiB.
 */
class ReceiptUploadIT extends GatewayFixture {

    private static final String TOKEN = "Bearer machine-token";
    private static final int MIB = 1024 * 1024;
    private static final String RECEIPT = "/api/obligations/7c1e2f3a-0000-4000-8000-00000000000a/receipt";

    @Test
    void aOneMebibytePdfIsForwardedWholeToTheNotifier() {
        String pdf = pdf(MIB);

        var response = send(put(RECEIPT, HttpRequest.BodyPublishers.ofString(pdf)));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(NOTIFIER.received()).singleElement().satisfies(received -> {
            assertThat(received.path()).isEqualTo(RECEIPT);
            assertThat(received.body()).hasSize(MIB).isEqualTo(pdf);
        });
    }

    @Test
    void aOneMebibytePdfSentWithoutItsLengthIsForwardedWholeToo() {
        byte[] pdf = pdf(MIB).getBytes(StandardCharsets.US_ASCII);

        var response = send(put(RECEIPT, chunked(pdf)));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(NOTIFIER.received()).singleElement()
                .satisfies(received -> assertThat(received.body()).hasSize(MIB));
    }

    @Test
    void aSixMebibyteReceiptIsRefusedByItsLengthAndNothingOfItIsForwarded() throws IOException {
        assertThat(answerToHeadersAlone("PUT", RECEIPT, 6 * MIB)).startsWith("HTTP/1.1 413")
                .containsIgnoringCase("Content-Type: application/problem+json")
                .contains("\"type\":\"urn:vigil:problem:request-too-large\"");
        assertThat(NOTIFIER.received()).isEmpty();
    }

    @Test
    void aSixMebibyteReceiptSentWithoutItsLengthIsRefusedAndNothingOfItIsForwarded() {
        byte[] pdf = pdf(6 * MIB).getBytes(StandardCharsets.US_ASCII);

        var response = send(put(RECEIPT, chunked(pdf)));

        assertProblem(response, 413, "request-too-large");
        assertThat(NOTIFIER.received()).isEmpty();
    }

    @Test
    void aOneMebibyteBodyAnywhereElseIsStillRefused() throws IOException {
        String obligation = "/api/obligations/7c1e2f3a-0000-4000-8000-00000000000a";

        assertThat(answerToHeadersAlone("POST", obligation + "/submission", MIB)).startsWith("HTTP/1.1 413")
                .contains("\"type\":\"urn:vigil:problem:request-too-large\"");
        assertThat(answerToHeadersAlone("PUT", RECEIPT + "/more", MIB)).startsWith("HTTP/1.1 413");
        assertThat(answerToHeadersAlone("PUT", obligation, MIB)).startsWith("HTTP/1.1 413");
        assertThat(NOTIFIER.received()).isEmpty();
    }

    /**
     * The answer to a request's headers, its body not sent: a body refused by its declared length is never read.
     * (A client that sends the body would meet a closed connection; JDK 17's client waits forever for a 100.)
     */
    private String answerToHeadersAlone(String method, String path, int contentLength) throws IOException {
        try (var socket = new Socket("localhost", port)) {
            socket.getOutputStream().write((method + " " + path + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: " + TOKEN + "\r\nContent-Type: application/pdf\r\n"
                    + "Content-Length: " + contentLength + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            socket.shutdownOutput(); // no body follows: the server need not wait for one before it closes
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A body of unknown length, as {@code HttpClient} sends an input stream: {@code Transfer-Encoding: chunked}. */
    private static HttpRequest.BodyPublisher chunked(byte[] body) {
        return HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body));
    }

    private HttpRequest.Builder put(String path, HttpRequest.BodyPublisher body) {
        return gatewayRequest(path).header("Authorization", TOKEN).header("Content-Type", "application/pdf")
                .PUT(body);
    }

    private static String pdf(int length) {
        String head = "%PDF-1.7\n";
        return head + " ".repeat(length - head.length());
    }
}
