package eu.vigil.web.edge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** What a client sees of web-kit's edge: every refusal a problem of the catalogue, naming what to correct. */
@SpringBootTest(classes = EdgeApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EdgeProblemsIT {

    private static final String VALID = """
            {"title": "PACS down", "text": "Since 09:10", "at": "2026-11-23T08:00:00Z", "devices": [{"type": "CT"}]}""";

    @LocalServerPort int port;
    private final HttpClient client = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aValidBodyIsAccepted() throws Exception {
        var response = post(VALID, "application/json");

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a null inside a list       | {"title": "x", "at": "2026-11-23T08:00:00Z", "devices": [null]}                 | /devices/0
            a NUL in a nested field    | {"title": "x", "at": "2026-11-23T08:00:00Z", "devices": [{"type": "a\\u0000"}]} | /devices/0/type
            a bidi override in a title | {"title": "a\\u202Eb", "at": "2026-11-23T08:00:00Z"}                           | /title
            a line break in a title    | {"title": "a\\nb", "at": "2026-11-23T08:00:00Z"}                               | /title
            a title too long           | {"title": "123456789012345678901234567890123456789012345678901", "at": "2026-11-23T08:00:00Z"} | /title
            too many devices           | {"title": "x", "at": "2026-11-23T08:00:00Z", "devices": [{"type": "a"}, {"type": "b"}, {"type": "c"}, {"type": "d"}]} | /devices
            a number for a title       | {"title": 12, "at": "2026-11-23T08:00:00Z"}                                    | /title
            an epoch instant           | {"title": "x", "at": 1700000000}                                               | /at
            an instant in year 99999   | {"title": "x", "at": "+99999-01-01T00:00:00Z"}                                 | /at
            an instant without offset  | {"title": "x", "at": "2026-11-23T08:00:00"}                                    | /at
            a missing instant          | {"title": "x"}                                                                 | /at
            an unknown property        | {"title": "x", "at": "2026-11-23T08:00:00Z", "colour": "red"}                  | /colour
            """)
    void aBadFieldIsNamedByItsPointer(String name, String body, String pointer) throws Exception {
        var response = post(body, "application/json");

        var problem = problem(response, 400, "invalid-request");
        assertThat(problem.path("errors").findValuesAsText("pointer")).contains(pointer);
        assertThat(problem.path("errors").findValuesAsText("message")).noneMatch(message ->
                message.contains("valid a ") || message.contains("java."));
    }

    @Test
    void aRejectedValueIsEchoedAsAShortPrefixOnly() throws Exception {
        String huge = "x".repeat(30_000);
        var response = post("{\"title\": \"" + huge + "\", \"at\": \"2026-11-23T08:00:00Z\"}", "application/json");

        problem(response, 400, "invalid-request");
        assertThat(response.body().length()).isLessThan(1_000);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            trailing data  | {"title": "x", "at": "2026-11-23T08:00:00Z"} {}
            a duplicate key | {"title": "x", "title": "y", "at": "2026-11-23T08:00:00Z"}
            no JSON at all | {{
            """)
    void aBodyThatIsNotOneJsonDocumentIsMalformed(String name, String body) throws Exception {
        problem(post(body, "application/json"), 400, "malformed-request");
    }

    @Test
    void anOversizedBodyIsRefusedBeforeItIsRead() throws Exception {
        problem(post("{\"text\": \"" + "x".repeat(70_000) + "\"}", "application/json"), 413, "request-too-large");
    }

    @Test
    void anotherMediaTypeIsRefused() throws Exception {
        problem(post(VALID, "text/plain"), 415, "unsupported-media-type");
    }

    @Test
    void anUnknownAddressAndAMissingMethodAreProblems() throws Exception {
        var notFound = problem(send(HttpRequest.newBuilder(uri("/api/nothing-here")).GET()), 404, "not-found");
        assertThat(notFound.path("detail").asText()).doesNotContain("static resource");
        problem(send(HttpRequest.newBuilder(uri("/api/notes")).DELETE()), 405, "method-not-allowed");
        problem(send(HttpRequest.newBuilder(uri("/api/notes")).method("PATCH",
                HttpRequest.BodyPublishers.ofString(VALID)).header("Content-Type", "application/json")), 405,
                "method-not-allowed");
    }

    @Test
    void aPersonNavigatingToAMissingPageGetsAnErrorPage() throws Exception {
        var response = client.send(HttpRequest.newBuilder(uri("/incidents/nothing-here"))
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/html"));
    }

    @Test
    void anOversizedHeaderIsAProblem() throws Exception {
        var response = send(HttpRequest.newBuilder(uri("/api/notes")).header("X-Padding", "x".repeat(20_000))
                .POST(HttpRequest.BodyPublishers.ofString(VALID)).header("Content-Type", "application/json"));

        problem(response, 431, "headers-too-large");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/api/notes%2Fx, 400", "/api/notes%00, 400", "/api/notes%3Bx, 404", "/api/%2e%2e/notes, 404"})
    void anEncodedPathIsAProblem(String path, int status) throws Exception {
        String answer = raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 " + status).containsIgnoringCase("content-type: application/problem+json")
                .contains("urn:vigil:problem:");
    }

    private JsonNode problem(HttpResponse<String> response, int status, String code) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        var problem = json.readTree(response.body());
        assertThat(problem.path("type").asText()).isEqualTo("urn:vigil:problem:" + code);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        return problem;
    }

    private HttpResponse<String> post(String body, String type) throws Exception {
        return send(HttpRequest.newBuilder(uri("/api/notes")).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return client.send(request.header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private String raw(String request) throws IOException {
        try (var socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
