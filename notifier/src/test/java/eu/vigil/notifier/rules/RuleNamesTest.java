package eu.vigil.notifier.rules;

import eu.vigil.notifier.NotifierMessages;
import eu.vigil.testsupport.MessageBundles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Every rule of every shipped rule file has a name in every language, so no rule file's title reaches a page. */
class RuleNamesTest {

    private final RuleBook book = RuleBook.load();

    @ParameterizedTest
    @MethodSource("eu.vigil.testsupport.BundleChecks#englishAndTranslations")
    void everyRuleIdOfEveryRuleFileHasANameInTheBundle(String language) {
        // given
        // rule names are ui-kit's: the incident page shows them too
        var bundle = MessageBundles.ofThisModule().uiKitBundle(language);

        // when
        var unnamed = book.files().stream()
                .flatMap(file -> file.rules().stream()
                        .filter(rule -> !bundle.containsKey(RuleNames.KEY_PREFIX + rule.id()))
                        .map(rule -> file.jurisdiction() + ": " + rule.id()))
                .toList();

        // then
        assertThat(book.files()).flatExtracting(RuleFile::rules).isNotEmpty();
        assertThat(unnamed).as("rules without a rule.<id> key in the bundle '%s'", language).isEmpty();
    }

    @Test
    void aGermanRuleFileTitleReadsInTheReadersLanguageAndStaysOnlyTheFallback() {
        // given the German rule file's title for the early warning
        var germanTitle = "Frühe Erstmeldung an das BSI";
        var names = new RuleNames(NotifierMessages.bundles());

        // when / then
        assertThat(names.of("NIS2_EARLY_WARNING", germanTitle, Locale.ENGLISH)).isEqualTo("Early warning");
        assertThat(names.of("NIS2_EARLY_WARNING", germanTitle, Locale.FRENCH)).isEqualTo("Alerte précoce");
        assertThat(names.of("NIS2_EARLY_WARNING", germanTitle, Locale.GERMAN)).isEqualTo("Frühwarnung");
        assertThat(names.of("NO_SUCH_RULE", germanTitle, Locale.ENGLISH)).isEqualTo(germanTitle);
    }
}
