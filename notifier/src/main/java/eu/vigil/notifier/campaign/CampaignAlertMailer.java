package eu.vigil.notifier.campaign;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import eu.vigil.notifier.mail.MailProperties;
import jakarta.mail.MessagingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Mails each campaign alert to the CERT's mailboxes ({@code vigil.cert.alert-recipients}) once: every ten seconds,
 * the alerts not mailed yet, oldest first, each marked mailed only after the SMTP server accepted it, so an outage
 * delays alerts and loses none. A db-scheduler task, so that several notifier instances mail each alert once. Each
 * mail carries the alert's id in {@code X-Vigil-Alert-Id}: a crash between acceptance and the mark sends it again.
 */
@Component
class CampaignAlertMailer {

    private static final Logger log = LoggerFactory.getLogger(CampaignAlertMailer.class);
    private static final int BATCH = 50;

    private record Unmailed(UUID alertId, String indicatorType, String indicatorValue, int hospitals,
                            OffsetDateTime raisedAt) {
    }

    private final JdbcClient jdbc;
    private final JavaMailSender mail;
    private final MailProperties mailProperties;
    private final CampaignAlertProperties properties;
    private final MessageSource messages;

    CampaignAlertMailer(JdbcClient jdbc, JavaMailSender mail, MailProperties mailProperties,
                        CampaignAlertProperties properties, MessageSource messages) {
        this.jdbc = jdbc;
        this.mail = mail;
        this.mailProperties = mailProperties;
        this.properties = properties;
        this.messages = messages;
    }

    @Bean
    static RecurringTask<Void> campaignAlertMail(CampaignAlertMailer mailer) {
        return Tasks.recurring("campaign-alert-mail", FixedDelay.of(Duration.ofSeconds(10)))
                .execute((instance, context) -> mailer.mailUnmailed());
    }

    void mailUnmailed() {
        var unmailed = jdbc.sql("""
                        select alert_id, indicator_type, indicator_value, hospitals, raised_at
                          from notification.campaign_alert where mailed_at is null order by raised_at limit :most""")
                .param("most", BATCH).query(Unmailed.class).list();
        if (unmailed.isEmpty()) {
            return;
        }
        if (properties.alertRecipients().isEmpty()) {
            log.warn("{} campaign alerts wait unmailed: set vigil.cert.alert-recipients (VIGIL_CERT_ALERT_EMAILS)",
                    unmailed.size());
            return;
        }
        for (var alert : unmailed) {
            try {
                send(alert, properties.alertRecipients());
            } catch (MessagingException | RuntimeException e) { // the next run tries again
                log.warn("Campaign alert {} not mailed yet: {}", alert.alertId(), e.toString());
                return;
            }
            jdbc.sql("update notification.campaign_alert set mailed_at = now() where alert_id = :id")
                    .param("id", alert.alertId()).update();
        }
    }

    private void send(Unmailed alert, List<String> recipients) throws MessagingException {
        var language = properties.language();
        var message = mail.createMimeMessage();
        var helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom(mailProperties.from());
        helper.setTo(recipients.toArray(String[]::new));
        helper.setSubject(messages.getMessage("mail.campaign.subject",
                new Object[] {alert.indicatorValue(), alert.hospitals()}, language));
        helper.setText(String.join("\n\n",
                messages.getMessage("mail.campaign.headline", new Object[] {alert.indicatorType(),
                        alert.indicatorValue(), alert.hospitals(), alert.raisedAt().toInstant().toString()}, language),
                messages.getMessage("mail.campaign.next", null, language),
                properties.feedUrl().toString()));
        message.setHeader("Content-Language", language.toLanguageTag());
        message.setHeader("X-Vigil-Alert-Id", alert.alertId().toString());
        mail.send(message);
        log.info("Mailed campaign alert {} to {}", alert.alertId(), recipients);
    }
}
