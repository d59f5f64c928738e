package eu.vigil.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;

/** A downstream service (or identity provider) on a random port that records what it received. */
final class StubServer {

    record Received(String method, String path, Headers headers, String body) {
        String authorization() { return headers.getFirst("Authorization"); }
    }

    record Reply(int status, String contentType, String body) {}

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    private StubServer(Function<Received, Reply> answer) {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            var request = new Received(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                    exchange.getRequestHeaders(),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            received.add(request);
            Reply reply = answer.apply(request);
            byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", reply.contentType());
            exchange.sendResponseHeaders(reply.status(), body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    static StubServer service(String name) {
        return new StubServer(request -> new Reply(200, "text/plain", "answered by " + name));
    }

    static StubServer answering(Function<Received, Reply> answer) {
        return new StubServer(answer);
    }

    static Reply json(String body) {
        return new Reply(200, "application/json", body);
    }

    String url() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    void forget() {
        received.clear();
    }

    static Map<String, String> form(String body) {
        return java.util.Arrays.stream(body.split("&")).map(pair -> pair.split("=", 2))
                .collect(java.util.stream.Collectors.toMap(p -> p[0], p -> p.length > 1 ? p[1] : ""));
    }
}
