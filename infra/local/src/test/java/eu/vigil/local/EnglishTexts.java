package eu.vigil.local;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * The English texts of the pages' message bundles (ui-kit's and each service's) that another language says
 * differently: on a page in that language, none of them may be left. Only the literal parts of a message count
 * (not its {0} arguments), and only those long enough to be a phrase rather than a shared word such as "TLP".
 */
final class EnglishTexts {

    private static final Path REPOSITORY = Path.of("..", "..");
    private static final List<String> BUNDLES = List.of("ui-kit/src/main/resources/ui-messages",
            "command-service/src/main/resources/messages", "query-service/src/main/resources/messages",
            "notifier/src/main/resources/messages", "infra/gateway/src/main/resources/messages");
    private static final int PHRASE = 16;

    private EnglishTexts() {
    }

    /** The English phrases that the bundles of {@code language} translate. */
    static Set<String> translatedInto(String language) {
        var phrases = new TreeSet<String>();
        for (String bundle : BUNDLES) {
            Properties english = load(REPOSITORY.resolve(bundle + ".properties"));
            Properties other = load(REPOSITORY.resolve(bundle + "_" + language + ".properties"));
            for (String key : english.stringPropertyNames()) {
                String translation = other.getProperty(key);
                if (translation == null || translation.equals(english.getProperty(key))) {
                    continue;
                }
                for (String part : english.getProperty(key).replace("''", "'").split("\\{[^}]*}")) {
                    String phrase = part.strip();
                    if (phrase.length() >= PHRASE && phrase.contains(" ") && !translation.contains(phrase)) {
                        phrases.add(phrase);
                    }
                }
            }
        }
        return phrases;
    }

    private static Properties load(Path file) {
        var properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("No bundle " + file.toAbsolutePath().normalize(), e);
        }
        return properties;
    }
}
