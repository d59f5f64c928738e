package eu.vigil.notifier.mail;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The notifier's tests mail only the server they started: running them beside a local stack once put their mail
 * into its mailbox (port 3025, application.yml's default). The context holds only the mail sender, configured from
 * the notifier's application.yml.
 */
@SpringBootTest(classes = MailSenderAutoConfiguration.class)
class OwnMailServerIT {

    private static final int LOCAL_STACK_SMTP_PORT = 3025;

    @Autowired JavaMailSenderImpl sender;
    @Autowired GreenMail ownServer;

    @Test
    void theMailSenderUnderTestPointsAtTheTestsOwnServerNotTheLocalStacks() {
        assertThat(sender.getPort()).isEqualTo(ownServer.getSmtp().getPort()).isNotEqualTo(LOCAL_STACK_SMTP_PORT);
        assertThat(sender.getHost()).isEqualTo(ownServer.getSmtp().getBindTo());
    }

    @Test
    void aMailSentUnderTestArrivesAtTheTestsOwnServer() throws MessagingException {
        var mail = new SimpleMailMessage();
        mail.setFrom("vigil-notifier@localhost");
        mail.setTo("dpo@brugge.example");
        mail.setSubject("[Vigil] own server");
        mail.setText("sent by OwnMailServerIT");

        sender.send(mail);

        assertThat(ownServer.waitForIncomingEmail(5_000, 1)).isTrue();
        assertThat(ownServer.getReceivedMessages()[0].getSubject()).isEqualTo("[Vigil] own server");
    }
}
