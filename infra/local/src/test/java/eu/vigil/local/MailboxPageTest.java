package eu.vigil.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import eu.vigil.embedded.Ports;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;

class MailboxPageTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String DPO = "dpo@brugge.hospital.example";
    private static final String NOTIFIER = "vigil-notifier@localhost";

    @Test
    void theMailboxShowsEveryMailReceivedWithItsTextEscaped() throws Exception {
        // given the local mail server and its page
        try (var mail = LocalMailServer.start(freePort()); var page = MailboxPage.start(freePort(), mail)) {
            Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS); // the SMTP server keeps a Date

            // when the notifier sends a reminder whose subject holds markup
            send(mail, "[Vigil] <script>Early warning</script> due in 4 h", "Legal basis: NIS2 Art. 23(4)(a)");

            // then the page shows it escaped, with its recipient and body, and the JSON lists exactly that one
            String html = get(page, "/");
            assertThat(html).contains("&lt;script&gt;Early warning&lt;/script&gt; due in 4 h", DPO,
                    "<pre>Legal basis: NIS2 Art. 23(4)(a)", "<main id=\"main\"><h1>", "white-space: pre-wrap")
                    .doesNotContain("<script>", "http-equiv=\"refresh\"");
            var json = new ObjectMapper().readTree(get(page, "/messages.json"));
            assertThat(json).hasSize(1);
            assertThat(json.get(0).get("to").asText()).isEqualTo(DPO);
            assertThat(json.get(0).get("from").asText()).isEqualTo(NOTIFIER);
            assertThat(json.get(0).get("subject").asText())
                    .isEqualTo("[Vigil] <script>Early warning</script> due in 4 h");
            assertThat(json.get(0).get("body").asText()).contains("Legal basis: NIS2 Art. 23(4)(a)");
            assertThat(Instant.parse(json.get(0).get("receivedAt").asText())).isAfterOrEqualTo(before);
        }
    }

    @Test
    void theNewestMailComesFirst() throws Exception {
        // given a reminder that arrived earlier
        try (var mail = LocalMailServer.start(freePort()); var page = MailboxPage.start(freePort(), mail)) {
            send(mail, "first reminder", "one");

            // when a second one arrives
            send(mail, "second reminder", "two");

            // then the second is listed first, on the page and in the JSON
            String html = get(page, "/");
            assertThat(html.indexOf("second reminder")).isLessThan(html.indexOf("first reminder"));
            var json = new ObjectMapper().readTree(get(page, "/messages.json"));
            assertThat(json.get(0).get("subject").asText()).isEqualTo("second reminder");
            assertThat(json.get(1).get("subject").asText()).isEqualTo("first reminder");
        }
    }

    @Test
    void aMailToSeveralPeopleIsListedOnceWithEveryRecipient() throws Exception {
        // given the local mail server and its page
        try (var mail = LocalMailServer.start(freePort()); var page = MailboxPage.start(freePort(), mail)) {

            // when an escalation goes to the DPO, the officer and the escalation address
            GreenMailUtil.sendTextEmail(DPO + ", security@brugge.hospital.example, escalation@localhost", NOTIFIER,
                    "[Vigil] LATE: Early warning", "late", new ServerSetup(mail.smtpPort(), "127.0.0.1",
                            ServerSetup.PROTOCOL_SMTP));

            // then the mailbox shows it once (the server keeps a copy per recipient), naming all three
            var json = new ObjectMapper().readTree(get(page, "/messages.json"));
            assertThat(json).hasSize(1);
            assertThat(json.get(0).get("to").asText()).contains(DPO, "security@brugge.hospital.example",
                    "escalation@localhost");
        }
    }

    @Test
    void anEmptyMailboxSaysWhenMailWillCome() throws Exception {
        // given the local mail server and its page, before any mail
        try (var mail = LocalMailServer.start(freePort()); var page = MailboxPage.start(freePort(), mail)) {

            // when someone opens the page
            String html = get(page, "/");

            // then it says why it is empty
            assertThat(html).contains("No mail yet: reminders appear here when a deadline comes near.");
            assertThat(get(page, "/messages.json")).isEqualTo("[]");
        }
    }

    private static void send(LocalMailServer mail, String subject, String body) {
        GreenMailUtil.sendTextEmail(DPO, NOTIFIER, subject, body,
                new ServerSetup(mail.smtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    private static String get(MailboxPage page, String path) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + page.port() + path)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    private static int freePort() {
        return Ports.requireFree(0, "the mailbox's test", "");
    }
}
