package eu.vigil.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Function;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;

/**
 * A downstream service (or identity provider) on a random port that records what it received. A test may stop it
 * (nothing listens on its port) or make it answer otherwise, and then restore it.
 */
final class StubServer {

    record Received(String method, String path, Headers headers, String body) {
        String authorization() { return headers.getFirst("Authorization"); }
    }

    record Reply(int status, String contentType, String body) {}

    /** Closes the connection without answering: the service broke off. */
    static final Reply NO_ANSWER = new Reply(0, "", "");

    private final Function<Received, Reply> usualAnswer;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile Function<Received, Reply> answer;
    private HttpServer server;
    private int port;
    private boolean stopped;

    private StubServer(Function<Received, Reply> answer) {
        this.usualAnswer = answer;
        this.answer = answer;
        start();
    }

    private void start() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        port = server.getAddress().getPort();
        server.setExecutor(Executors.newCachedThreadPool()); // a slow answer holds up no other request
        server.createContext("/", exchange -> {
            var request = new Received(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                    exchange.getRequestHeaders(),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            received.add(request);
            Reply reply = answer.apply(request);
            if (reply == NO_ANSWER) {
                exchange.close();
                return;
            }
            byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", reply.contentType());
            exchange.sendResponseHeaders(reply.status(), body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    /** Nothing listens on the port any more, as when the service is down. */
    synchronized void stop() {
        server.stop(0);
        stopped = true;
    }

    /** Answers from now on as {@code answer} says. */
    void answerWith(Function<Received, Reply> answer) {
        this.answer = answer;
    }

    /** Listens again on the same port and answers as usual. */
    synchronized void restore() {
        answer = usualAnswer;
        if (stopped) {
            start();
            stopped = false;
        }
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
        return "http://localhost:" + port;
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
