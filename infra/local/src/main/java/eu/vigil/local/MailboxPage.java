package eu.vigil.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * A page that lists the mail {@link LocalMailServer} received, newest first ({@code /}), and
 * the same as JSON ({@code /messages.json}). Bound to the loopback address: it is a development aid.
 */
final class MailboxPage implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;

    private MailboxPage(HttpServer server) {
        this.server = server;
    }

    static MailboxPage start(int port, LocalMailServer mail) throws IOException {
        var server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/messages.json", exchange -> respond(exchange, "application/json",
                JSON.writeValueAsString(messages(mail))));
        server.createContext("/", exchange -> respond(exchange, "text/html; charset=utf-8", html(messages(mail))));
        server.start();
        return new MailboxPage(server);
    }

    int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** Newest first; mail received in the same millisecond keeps the later one first too. */
    private static List<ReceivedMail> messages(LocalMailServer mail) {
        var received = new ArrayList<>(mail.received().stream().map(ReceivedMail::of).toList());
        Collections.reverse(received);
        received.sort(Comparator.comparing(ReceivedMail::receivedAt).reversed());
        return received;
    }

    private static String html(List<ReceivedMail> messages) {
        // no self-refresh: a page that reloads itself under its reader loses their place (and a screen reader's)
        var page = new StringBuilder("""
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Vigil local mailbox</title>
                <style>body { font: 16px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 60rem; padding: 0 1rem; }
                pre { white-space: pre-wrap; overflow-wrap: anywhere; }</style></head>
                <body><main id="main"><h1>Vigil local mailbox</h1>
                <p>Every e-mail the notifier sends on this machine (deadline reminders, escalations), newest first.
                <a href="/">Reload this page</a> to see mail that arrived since.</p>""");
        if (messages.isEmpty()) {
            page.append("<p>No mail yet: reminders appear here when a deadline comes near.</p>");
        }
        for (ReceivedMail mail : messages) {
            page.append("<article><h2>").append(escape(mail.subject())).append("</h2><p>")
                    .append(escape(mail.receivedAt().toString())).append(" from ").append(escape(mail.from()))
                    .append(" to ").append(escape(mail.to())).append("</p><pre>").append(escape(mail.body()))
                    .append("</pre></article><hr>");
        }
        return page.append("</main></body></html>").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static void respond(HttpExchange exchange, String type, String body) {
        try (exchange) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
