package eu.vigil.query.timeline;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * @param consumerGroup the timeline's own consumer group, apart from the register's
 * @param seenWait      how long the incident page waits for the change a form just recorded ({@code ?seen=})
 */
@Validated
@ConfigurationProperties("vigil.timeline")
record TimelineProperties(@NotBlank String consumerGroup, @NotNull Duration seenWait) {
}
