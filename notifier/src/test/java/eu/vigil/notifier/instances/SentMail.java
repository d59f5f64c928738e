package eu.vigil.notifier.instances;

import com.icegreen.greenmail.base.GreenMailOperations;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/** The mail an SMTP server received, one message per recipient, counted by the event that caused it. */
record SentMail(GreenMailOperations server) {

    int copies() {
        return server.getReceivedMessages().length;
    }

    /** How many copies each event's mail arrived in ({@code X-Vigil-Event-Id}). */
    Map<String, Long> copiesPerEvent() {
        return Arrays.stream(server.getReceivedMessages())
                .collect(Collectors.groupingBy(SentMail::eventId, Collectors.counting()));
    }

    /**
     * How many recipients each event's mail names: the server keeps a copy per recipient, so a mail sent once arrives
     * in as many copies as it names recipients, and a mail sent twice in twice as many.
     */
    Map<String, Long> recipientsPerEvent() {
        return Arrays.stream(server.getReceivedMessages()).collect(Collectors.toMap(SentMail::eventId,
                message -> (long) recipients(message).length, (one, other) -> one));
    }

    private static String eventId(MimeMessage message) {
        try {
            return message.getHeader("X-Vigil-Event-Id")[0];
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Address[] recipients(MimeMessage message) {
        try {
            return message.getAllRecipients();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
