package eu.vigil.notifier.mail;

import eu.vigil.contracts.notification.DeadlineMissed;
import eu.vigil.contracts.notification.ReminderTriggered;
import eu.vigil.notifier.drill.DrillParticipants;
import eu.vigil.notifier.hospital.HospitalProfile;
import eu.vigil.notifier.hospital.HospitalProfiles;
import eu.vigil.notifier.obligation.ObligationRow;
import eu.vigil.notifier.obligation.ObligationView;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.MessagingException;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Mails each reminder to the hospital's DPO and security officer, and each missed deadline to them and to the
 * escalation address. A tracking processor of several segments (an obligation's events stay in one, in order), each
 * mailing one event at a time: a segment's token advances only after the SMTP server accepted the mail, so an SMTP
 * outage delays mail and loses none (the processor retries). Each mail carries its event's id in
 * {@code X-Vigil-Event-Id}, since a crash between acceptance and the token's commit sends that one mail again (one
 * per segment at most). {@link MailSegments} splits the one segment of an older install.
 * <p>
 * A drill's obligation (ADR 0022) is mailed to the participants its start named, or when it named none to the
 * hospital's DPO and security officer, marked EXERCISE: never to the escalation address, which is no participant of
 * the drill, and counted apart from the real mail.
 */
@Component
@ProcessingGroup(ReminderMailer.PROCESSING_GROUP)
public class ReminderMailer {

    public static final String PROCESSING_GROUP = "mail";
    static final String SENT_METRIC = "vigil.reminders.sent";
    static final String DRILL_SENT_METRIC = "vigil.drill.reminders.sent";
    private static final Logger log = LoggerFactory.getLogger(ReminderMailer.class);

    private final JavaMailSender mail;
    private final MailProperties properties;
    private final ObligationView obligations;
    private final HospitalProfiles profiles;
    private final DrillParticipants participants;
    private final MessageSource messages;
    private final Counter remindersSent;
    private final Counter missedDeadlinesSent;
    private final Counter drillRemindersSent;
    private final Counter drillMissedDeadlinesSent;

    ReminderMailer(JavaMailSender mail, MailProperties properties, ObligationView obligations,
                   HospitalProfiles profiles, DrillParticipants participants, MessageSource messages,
                   MeterRegistry meters) {
        this.mail = mail;
        this.properties = properties;
        this.obligations = obligations;
        this.profiles = profiles;
        this.participants = participants;
        this.messages = messages;
        this.remindersSent = sent(meters, "reminder");
        this.missedDeadlinesSent = sent(meters, "deadline-missed");
        this.drillRemindersSent = drillSent(meters, "reminder");
        this.drillMissedDeadlinesSent = drillSent(meters, "deadline-missed");
    }

    private static Counter sent(MeterRegistry meters, String kind) {
        return Counter.builder(SENT_METRIC).description("Reminder mails the SMTP server accepted")
                .tag("kind", kind).register(meters);
    }

    // a metric of its own, so that no query or alert over the real reminders counts a drill's (ADR 0022)
    private static Counter drillSent(MeterRegistry meters, String kind) {
        return Counter.builder(DRILL_SENT_METRIC).description("Reminder mails of drills the SMTP server accepted")
                .tag("kind", kind).register(meters);
    }

    @EventHandler
    void on(ReminderTriggered event, @MessageIdentifier String eventId) throws MessagingException {
        var obligation = obligations.find(event.obligationId()).orElseThrow();
        var profile = profiles.of(obligation.hospitalId());
        send(eventId, recipientsOf(obligation, profile),
                ReminderMail.reminder(obligation, event.leadTime(), properties.boardUrl(), textsFor(profile)),
                obligation, obligation.isExercise() ? drillRemindersSent : remindersSent);
    }

    @EventHandler
    void on(DeadlineMissed event, @MessageIdentifier String eventId) throws MessagingException {
        var obligation = obligations.find(event.obligationId()).orElseThrow();
        var profile = profiles.of(obligation.hospitalId());
        var recipients = new ArrayList<>(recipientsOf(obligation, profile));
        if (!obligation.isExercise()) {
            recipients.add(properties.escalation());
        }
        send(eventId, recipients, ReminderMail.missed(obligation, properties.boardUrl(), textsFor(profile)),
                obligation, obligation.isExercise() ? drillMissedDeadlinesSent : missedDeadlinesSent);
    }

    private List<String> recipientsOf(ObligationRow obligation, HospitalProfile profile) {
        if (obligation.isExercise()) {
            List<String> named = participants.of(obligation.exercise().drillId());
            if (!named.isEmpty()) {
                return named;
            }
        }
        return profile.reminderRecipients();
    }

    private ReminderMail.Texts textsFor(HospitalProfile profile) {
        return new ReminderMail.Texts(messages, MailLanguage.of(profile));
    }

    private void send(String eventId, List<String> recipients, ReminderMail content, ObligationRow obligation,
                      Counter sent) throws MessagingException {
        if (recipients.isEmpty()) {
            log.warn("No DPO or security officer configured for hospital {}: reminder for obligation {} not mailed",
                    obligation.hospitalId(), obligation.obligationId());
            return;
        }
        var message = mail.createMimeMessage();
        var helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom(properties.from());
        helper.setTo(recipients.toArray(String[]::new));
        helper.setSubject(content.subject());
        helper.setText(content.text());
        message.setHeader("Content-Language", content.language().toLanguageTag());
        message.setHeader("X-Vigil-Event-Id", eventId);
        message.setHeader("X-Vigil-Obligation-Id", obligation.obligationId().toString());
        mail.send(message);
        sent.increment();
        log.info("Mailed '{}' to {}", content.subject(), recipients);
    }
}
