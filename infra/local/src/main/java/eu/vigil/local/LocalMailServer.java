package eu.vigil.local;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.util.LinkedHashMap;
import java.util.List;

/**
 * The local stack's SMTP server (GreenMail): it accepts the notifier's mail for any address and keeps it, so that
 * a demo user sees reminders and escalations arrive on the mailbox page, and nothing leaves the machine.
 */
final class LocalMailServer implements AutoCloseable {

    private final GreenMail greenMail;

    private LocalMailServer(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    static LocalMailServer start(int smtpPort) {
        var greenMail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
        return new LocalMailServer(greenMail);
    }

    int smtpPort() {
        return greenMail.getSmtp().getPort();
    }

    /**
     * Every mail received so far, once: GreenMail keeps a copy per recipient, which share the Message-ID, and
     * each copy names every recipient.
     */
    List<MimeMessage> received() {
        var mails = new LinkedHashMap<String, MimeMessage>();
        for (MimeMessage copy : greenMail.getReceivedMessages()) {
            mails.putIfAbsent(messageId(copy), copy);
        }
        return List.copyOf(mails.values());
    }

    private static String messageId(MimeMessage copy) {
        try {
            return copy.getMessageID() == null ? "copy@" + System.identityHashCode(copy) : copy.getMessageID();
        } catch (MessagingException e) {
            return "copy@" + System.identityHashCode(copy);
        }
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
