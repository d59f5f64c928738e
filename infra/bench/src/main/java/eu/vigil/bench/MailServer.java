package eu.vigil.bench;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * A local SMTP server (GreenMail, as the local stack and the notifier's tests use) in the bench JVM, for the
 * reminder phase: the notifier really sends its mail here, and each mail's arrival instant is kept.
 */
final class MailServer implements AutoCloseable {

    static final String EVENT_HEADER = "X-Vigil-Event-Id";

    private final GreenMail greenMail;
    private final int port;

    private MailServer(GreenMail greenMail, int port) {
        this.greenMail = greenMail;
        this.port = port;
    }

    static MailServer start(int port) {
        var greenMail = new GreenMail(new ServerSetup(port, "localhost", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
        return new MailServer(greenMail, port);
    }

    int port() {
        return port;
    }

    /** How many mails (one per recipient) arrived so far. */
    int copies() {
        return greenMail.getManagers().getImapHostManager().getAllMessages().size();
    }

    /**
     * For each notification event mailed (its {@code X-Vigil-Event-Id}), when its first copy arrived: GreenMail's
     * received date, taken as it stores the mail (millisecond precision).
     */
    Map<String, Instant> firstArrivals() throws MessagingException {
        var arrivals = new HashMap<String, Instant>();
        for (StoredMessage message : greenMail.getManagers().getImapHostManager().getAllMessages()) {
            String eventId = message.getMimeMessage().getHeader(EVENT_HEADER, null);
            if (eventId != null) {
                arrivals.merge(eventId, message.getReceivedDate().toInstant(),
                        (first, other) -> first.isBefore(other) ? first : other);
            }
        }
        return arrivals;
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
