package eu.vigil.local;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.stream.Collectors;

/**
 * One message as the mailbox page shows it, read once from the {@link MimeMessage} that {@link LocalMailServer}
 * kept; the fields are also the JSON form, in this order.
 *
 * @param receivedAt when the SMTP server accepted it (UTC), or when it says it was sent if the server did not record
 *                   that
 * @param body       the plain-text part; the notifier sends only plain text
 */
record ReceivedMail(@JsonSerialize(using = ToStringSerializer.class) Instant receivedAt, // no JSR-310 module here
                    String from, String to, String subject, String body) {

    static ReceivedMail of(MimeMessage message) {
        try {
            Date received = message.getReceivedDate() != null ? message.getReceivedDate() : message.getSentDate();
            return new ReceivedMail(received == null ? Instant.EPOCH : received.toInstant(),
                    addresses(message.getFrom()), addresses(message.getAllRecipients()),
                    message.getSubject() == null ? "" : message.getSubject(), text(message));
        } catch (MessagingException | IOException e) {
            // one broken message must not take the whole page down
            return new ReceivedMail(Instant.EPOCH, "", "", "(unreadable message: " + e.getMessage() + ")", "");
        }
    }

    private static String text(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/*")) {
            return String.valueOf(part.getContent());
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = text(multipart.getBodyPart(i));
                if (!text.isEmpty()) {
                    return text;
                }
            }
        }
        return "";
    }

    private static String addresses(Address[] addresses) {
        return addresses == null ? ""
                : Arrays.stream(addresses).map(Address::toString).collect(Collectors.joining(", "));
    }
}
