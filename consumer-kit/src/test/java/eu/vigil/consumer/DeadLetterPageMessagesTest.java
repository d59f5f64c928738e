package eu.vigil.consumer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text of the dead-letter page is a key of ui-kit's bundles, in every language: the page has no bundle of its own. */
class DeadLetterPageMessagesTest {

    private static final Path PAGE = Path.of("src/main/resources/templates/dead-letters/parked.html");
    private static final Pattern KEY = Pattern.compile("#\\{\\s*([A-Za-z][\\w.-]*)\\s*[}(]");

    @ParameterizedTest
    @ValueSource(strings = {"", "_fr", "_nl", "_de", "_es", "_it", "_pt"})
    void everyKeyThePageNamesIsInUiKitsBundle(String language) throws IOException {
        Set<String> keys = KEY.matcher(Files.readString(PAGE)).results().map(match -> match.group(1))
                .collect(Collectors.toSet());

        assertThat(keys).isNotEmpty();
        assertThat(bundle("ui-messages" + language).stringPropertyNames()).containsAll(keys);
    }

    private static Properties bundle(String name) {
        var properties = new Properties();
        try (InputStream in = DeadLetterPageMessagesTest.class.getResourceAsStream("/" + name + ".properties")) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
