package eu.vigil.testsupport;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A module's message bundles as its pages use them: {@code messages*.properties} in the module's
 * {@code src/main/resources}, read as UTF-8 like Spring Boot reads them, and ui-kit's {@code ui-messages*.properties},
 * which every service's message source and the gateway's read after their own.
 * <p>
 * Each check returns what is wrong, one line per problem, so a test asserts it is empty and a failure names every key:
 * <pre>{@code
 * var bundles = MessageBundles.ofThisModule();
 * assertThat(bundles.keyDifferences("fr")).isEmpty();
 * }</pre>
 * A language is given as {@code "fr"}, {@code "nl"}, {@code "de"}; {@code ""} is the English bundle.
 */
public final class MessageBundles {

    /** The languages besides English that every bundle has. */
    public static final List<String> TRANSLATIONS = List.of("fr", "nl", "de", "es", "it", "pt");

    /** A literal key: {@code #{some.key}} or {@code #{some.key(...)}}; {@code #{${...}}} and {@code #{__${...}__}} are not. */
    private static final Pattern KEY_IN_TEMPLATE = Pattern.compile("#\\{\\s*([A-Za-z][\\w.+/-]*)\\s*[}(]");
    /** {@code {0}}, and {@code {0,number}} and the like. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\s*(\\d+)\\s*(?:,[^}]*)?}");
    private static final Pattern SIMPLE_PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    private final Path resources;
    private final Path uiKitResources;

    private MessageBundles(Path moduleDirectory) {
        this.resources = moduleDirectory.resolve(Path.of("src", "main", "resources"));
        this.uiKitResources = uiKit(moduleDirectory).resolve(Path.of("src", "main", "resources"));
    }

    // a module one level below the root (notifier) or two (infra/gateway)
    private static Path uiKit(Path moduleDirectory) {
        for (Path directory = moduleDirectory.toAbsolutePath(); directory != null; directory = directory.getParent()) {
            if (Files.isDirectory(directory.resolve("ui-kit"))) {
                return directory.resolve("ui-kit");
            }
        }
        return moduleDirectory.resolve(Path.of("..", "ui-kit"));
    }

    /** The bundles of the module in {@code moduleDirectory}, such as {@code Path.of("command-service")}. */
    public static MessageBundles ofModule(Path moduleDirectory) {
        return new MessageBundles(moduleDirectory);
    }

    /** The bundles of the module the test runs in: Maven runs a module's tests in the module's directory. */
    public static MessageBundles ofThisModule() {
        return new MessageBundles(Path.of(""));
    }

    /** The module's bundle for {@code language}, {@code ""} for English ({@code messages.properties}). */
    public Properties bundle(String language) {
        return read(resources.resolve(fileName("messages", language)));
    }

    /** ui-kit's bundle for {@code language}, {@code ""} for English ({@code ui-messages.properties}). */
    public Properties uiKitBundle(String language) {
        return read(uiKitResources.resolve(fileName("ui-messages", language)));
    }

    /** Every literal message key the module's templates name, sorted. */
    public Set<String> templateKeys() {
        Path templates = resources.resolve("templates");
        var keys = new TreeSet<String>();
        try (Stream<Path> files = Files.walk(templates)) {
            for (Path template : files.filter(file -> file.toString().endsWith(".html")).toList()) {
                KEY_IN_TEMPLATE.matcher(Files.readString(template, StandardCharsets.UTF_8)).results()
                        .map(match -> match.group(1))
                        .forEach(keys::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the templates in " + templates.toAbsolutePath(), e);
        }
        return keys;
    }

    /** (a) The keys the translation lacks and those it has that English does not. */
    public List<String> keyDifferences(String language) {
        var english = keys(bundle(""));
        var translated = keys(bundle(language));
        var problems = new ArrayList<String>();
        english.stream().filter(key -> !translated.contains(key))
                .forEach(key -> problems.add(fileName("messages", language) + " lacks " + key));
        translated.stream().filter(key -> !english.contains(key))
                .forEach(key -> problems.add(fileName("messages", language) + " has " + key
                        + ", which messages.properties does not"));
        return problems;
    }

    /**
     * (b) The literal keys the templates name that neither the module's English bundle nor ui-kit's has; ui-kit's
     * counts only in a module that reads it, one with ui-kit on its class path.
     */
    public Set<String> templateKeysWithoutMessage() {
        var known = keys(bundle(""));
        if (readsUiKit()) {
            known.addAll(keys(uiKitBundle("")));
        }
        var missing = templateKeys();
        missing.removeAll(known);
        return missing;
    }

    /** (c) The placeholders of an English message that its translation lacks, and those it adds. */
    public List<String> placeholderDifferences(String language) {
        var english = bundle("");
        var translation = bundle(language);
        var problems = new ArrayList<String>();
        for (String key : keys(english)) {
            String translated = translation.getProperty(key);
            if (translated == null) {
                continue;
            }
            var expected = placeholders(english.getProperty(key));
            var found = placeholders(translated);
            var lacking = new TreeSet<>(expected);
            lacking.removeAll(found);
            var added = new TreeSet<>(found);
            added.removeAll(expected);
            if (!lacking.isEmpty()) {
                problems.add(key + " in " + language + " lacks " + lacking + ": " + translated);
            }
            if (!added.isEmpty()) {
                problems.add(key + " in " + language + " has " + added + ", which the English text has not: "
                        + translated);
            }
        }
        return problems;
    }

    /**
     * (d) The messages that {@link MessageFormat} cannot parse, and those with placeholders that it would render other
     * than written: a single apostrophe quotes the text after it (so placeholders in it stay unfilled and the
     * apostrophe disappears); a literal one is written {@code ''}.
     */
    public List<String> patternProblems(String language) {
        var bundle = bundle(language);
        var locale = language.isEmpty() ? Locale.ENGLISH : Locale.forLanguageTag(language);
        var problems = new ArrayList<String>();
        for (String key : keys(bundle)) {
            String pattern = bundle.getProperty(key);
            MessageFormat format;
            try {
                format = new MessageFormat(pattern, locale);
            } catch (IllegalArgumentException e) {
                problems.add(key + " in " + label(language) + " is no MessageFormat pattern (" + e.getMessage() + "): "
                        + pattern);
                continue;
            }
            var placeholders = placeholders(pattern);
            if (placeholders.isEmpty() || PLACEHOLDER.matcher(pattern).results().count()
                    != SIMPLE_PLACEHOLDER.matcher(pattern).results().count()) {
                continue;
            }
            var arguments = new Object[placeholders.stream().mapToInt(MessageBundles::index).max().orElse(0) + 1];
            for (int i = 0; i < arguments.length; i++) {
                arguments[i] = marker(i);
            }
            String expected = SIMPLE_PLACEHOLDER.matcher(pattern.replace("''", "'"))
                    .replaceAll(match -> Matcher.quoteReplacement(marker(Integer.parseInt(match.group(1)))));
            String rendered = format.format(arguments);
            if (!rendered.equals(expected)) {
                problems.add(key + " in " + label(language) + " renders as \"" + rendered.replaceAll("\u0001(\\d+)\u0001", "{$1}")
                        + "\": write a literal apostrophe as '' in a message with placeholders: " + pattern);
            }
        }
        return problems;
    }

    private static boolean readsUiKit() {
        return MessageBundles.class.getClassLoader().getResource(fileName("ui-messages", "")) != null;
    }

    private static String marker(int index) {
        return "\u0001" + index + "\u0001";
    }

    private static int index(String placeholder) {
        return Integer.parseInt(placeholder.substring(1, placeholder.length() - 1));
    }

    private static Set<String> placeholders(String text) {
        var found = new TreeSet<String>();
        PLACEHOLDER.matcher(text).results().map(match -> "{" + match.group(1) + "}").forEach(found::add);
        return found;
    }

    private static TreeSet<String> keys(Properties properties) {
        return new TreeSet<>(properties.stringPropertyNames());
    }

    private static String label(String language) {
        return language.isEmpty() ? "English" : language;
    }

    private static String fileName(String baseName, String language) {
        return baseName + (language.isEmpty() ? "" : "_" + language) + ".properties";
    }

    private static Properties read(Path file) {
        var properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.toAbsolutePath(), e);
        }
        return properties;
    }
}
