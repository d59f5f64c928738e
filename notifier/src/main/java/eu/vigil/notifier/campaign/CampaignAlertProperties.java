package eu.vigil.notifier.campaign;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * @param alertRecipients the CERT's mailboxes for campaign alerts; none, and alerts wait unmailed
 * @param feedUrl         the CERT's feed page, linked from every alert
 * @param language        the language of the alert mails
 */
@Validated
@ConfigurationProperties("vigil.cert")
record CampaignAlertProperties(List<@Email String> alertRecipients, @NotNull URI feedUrl, @NotNull Locale language) {

    CampaignAlertProperties {
        alertRecipients = alertRecipients == null ? List.of()
                : alertRecipients.stream().filter(recipient -> !recipient.isBlank()).toList();
    }
}
