package eu.vigil.notifier.config;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

@Validated
@ConfigurationProperties("vigil.topics")
public record TopicsProperties(@NotBlank String incidentEvents, @NotBlank String notificationEvents) {
}
