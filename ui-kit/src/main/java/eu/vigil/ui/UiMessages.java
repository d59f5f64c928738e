package eu.vigil.ui;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * Adds ui-kit's bundle {@code ui-messages} to the basenames Spring Boot's message source reads, after the service's
 * own ({@code spring.messages.basename}, default {@code messages}), so a service's key wins over ui-kit's.
 */
public class UiMessages implements EnvironmentPostProcessor {

    static final String BUNDLE = "ui-messages";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String basenames = environment.getProperty("spring.messages.basename", "messages");
        if (!basenames.contains(BUNDLE)) {
            environment.getPropertySources().addFirst(new MapPropertySource("ui-kit-messages",
                    Map.of("spring.messages.basename", basenames + "," + BUNDLE)));
        }
    }
}
