package eu.vigil.command;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every page text exists in English, French, Dutch and German, with the same placeholders. */
class MessagesTest {

    private static final Path RESOURCES = Path.of("src", "main", "resources");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d}");
    private static final Pattern KEY_IN_TEMPLATE = Pattern.compile("#\\{([a-zA-Z][\\w.+-]*)[}(]");

    @ParameterizedTest
    @ValueSource(strings = {"fr", "nl", "de"})
    void aTranslationHasEveryKeyAndEveryPlaceholderOfTheEnglishText(String language) throws IOException {
        Properties english = bundle("messages.properties");
        Properties translation = bundle("messages_" + language + ".properties");

        assertThat(translation.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            String text = translation.getProperty(key);
            assertThat(placeholders(text)).as("%s in %s", key, language).isEqualTo(placeholders(english.getProperty(key)));
            if (!placeholders(text).isEmpty()) {
                assertThat(new MessageFormat(text).format(new Object[]{"A", "B", "C"})).as(key).doesNotContain("{");
            }
        }
    }

    @Test
    void everyKeyATemplateNamesExistsHereOrInUiKit() throws IOException {
        var known = new TreeSet<>(bundle("messages.properties").stringPropertyNames());
        var uiKit = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("..", "ui-kit", "src", "main", "resources",
                "ui-messages.properties"), StandardCharsets.UTF_8)) {
            uiKit.load(reader);
        }
        known.addAll(uiKit.stringPropertyNames());

        var used = new TreeSet<String>();
        try (Stream<Path> templates = Files.walk(RESOURCES.resolve("templates"))) {
            for (Path template : templates.filter(path -> path.toString().endsWith(".html")).toList()) {
                KEY_IN_TEMPLATE.matcher(Files.readString(template)).results().map(match -> match.group(1))
                        .forEach(used::add);
            }
        }

        assertThat(used).isNotEmpty();
        assertThat(known).containsAll(used);
    }

    private static Set<String> placeholders(String text) {
        var found = new TreeSet<String>();
        PLACEHOLDER.matcher(text).results().map(match -> match.group()).forEach(found::add);
        return found;
    }

    private static Properties bundle(String name) throws IOException {
        var properties = new Properties();
        try (Reader reader = Files.newBufferedReader(RESOURCES.resolve(name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
