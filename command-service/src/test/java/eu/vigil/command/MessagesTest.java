package eu.vigil.command;

import eu.vigil.testsupport.MessageBundles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every page text exists in English, French, Dutch and German, with the same placeholders. */
class MessagesTest {

    private final MessageBundles bundles = MessageBundles.ofThisModule();

    @ParameterizedTest
    @ValueSource(strings = {"fr", "nl", "de", "es", "it", "pt"})
    void aTranslationHasExactlyTheEnglishKeys(String language) {
        assertThat(bundles.keyDifferences(language)).isEmpty();
    }

    @Test
    void everyKeyATemplateNamesExistsHereOrInUiKit() {
        assertThat(bundles.templateKeys()).isNotEmpty();
        assertThat(bundles.templateKeysWithoutMessage()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "nl", "de", "es", "it", "pt"})
    void aTranslationHasEveryPlaceholderOfTheEnglishText(String language) {
        assertThat(bundles.placeholderDifferences(language)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "fr", "nl", "de", "es", "it", "pt"})
    void everyMessageIsAMessageFormatPatternThatRendersAsWritten(String language) {
        assertThat(bundles.patternProblems(language)).isEmpty();
    }
}
