package eu.vigil.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

class MailboxPageTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void theMailboxShowsEveryMailReceivedWithItsTextEscaped() throws Exception {
        // given the local mail server and its page
        try (var mail = LocalMailServer.start(freePort()); var page = MailboxPage.start(freePort(), mail)) {
            // when the notifier sends a mail
            GreenMailUtil.sendTextEmail("dpo@brugge.hospital.example", "vigil-notifier@localhost",
                    "[Vigil] <script>Early warning</script> due in 4 h", "Legal basis: NIS2 Art. 23(4)(a)",
                    new ServerSetup(mail.smtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

            // then the page and the JSON list it
            String html = get("http://localhost:" + page.port() + "/");
            assertThat(html).contains("&lt;script&gt;Early warning&lt;/script&gt; due in 4 h",
                    "dpo@brugge.hospital.example", "Legal basis: NIS2 Art. 23(4)(a)").doesNotContain("<script>");
            var json = new ObjectMapper().readTree(get("http://localhost:" + page.port() + "/messages.json"));
            assertThat(json).hasSize(1);
            assertThat(json.get(0).get("to").asText()).isEqualTo("dpo@brugge.hospital.example");
        }
    }

    @Test
    void anEmptyMailboxSaysWhenMailWillCome() throws Exception {
        try (var mail = LocalMailServer.start(freePort()); var page = MailboxPage.start(freePort(), mail)) {
            assertThat(get("http://localhost:" + page.port() + "/")).contains("No mail yet");
        }
    }

    private static String get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static int freePort() throws Exception {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
