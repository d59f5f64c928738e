package eu.vigil.testsupport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checks of a module's own bundles, in every language of {@link MessageBundles#TRANSLATIONS}: a module's
 * {@code MessagesTest} extends this class and adds only checks of its own.
 */
public abstract class BundleChecks {

    private final MessageBundles bundles = MessageBundles.ofThisModule();

    public static List<String> translations() {
        return MessageBundles.TRANSLATIONS;
    }

    public static Stream<String> englishAndTranslations() {
        return Stream.concat(Stream.of(""), MessageBundles.TRANSLATIONS.stream());
    }

    @ParameterizedTest
    @MethodSource("eu.vigil.testsupport.BundleChecks#translations")
    void aTranslationHasExactlyTheEnglishKeys(String language) {
        assertThat(bundles.keyDifferences(language)).isEmpty();
    }

    @Test
    void everyKeyATemplateNamesExistsHereOrInUiKit() {
        assertThat(bundles.templateKeys()).isNotEmpty();
        assertThat(bundles.templateKeysWithoutMessage()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("eu.vigil.testsupport.BundleChecks#translations")
    void aTranslationHasEveryPlaceholderOfTheEnglishText(String language) {
        assertThat(bundles.placeholderDifferences(language)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("eu.vigil.testsupport.BundleChecks#englishAndTranslations")
    void everyMessageIsAMessageFormatPatternThatRendersAsWritten(String language) {
        assertThat(bundles.patternProblems(language)).isEmpty();
    }
}
