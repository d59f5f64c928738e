package eu.vigil.notifier;

import org.springframework.context.support.ResourceBundleMessageSource;

/** The notifier's bundles as Spring Boot reads them, for tests that run without a Spring context. */
public final class NotifierMessages {

    private NotifierMessages() {
    }

    public static ResourceBundleMessageSource bundles() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages", "ui-messages"); // ui-kit's UiMessages adds its bundle after the service's
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
