package eu.vigil.ui;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** ui-kit's texts, which every service's pages and consumer-kit's page use, exist in every language. */
class UiMessagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"fr", "nl", "de", "es", "it", "pt"})
    void everyLanguageHasExactlyTheEnglishKeys(String language) {
        assertThat(bundle("_" + language).stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(bundle("").stringPropertyNames());
    }

    static Properties bundle(String suffix) {
        var properties = new Properties();
        try (InputStream in = UiMessagesTest.class.getResourceAsStream("/" + UiMessages.BUNDLE + suffix + ".properties")) {
            assertThat(in).as(UiMessages.BUNDLE + suffix).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
