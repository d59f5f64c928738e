package eu.vigil.notifier.mail;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.net.URI;

/**
 * @param from       the sender of every mail
 * @param escalation where a missed deadline escalates, besides the hospital's DPO and security officer
 * @param boardUrl   the deadline board, linked from every mail
 */
@Validated
@ConfigurationProperties("vigil.mail")
public record MailProperties(@NotBlank @Email String from, @NotBlank @Email String escalation, URI boardUrl) {
}
