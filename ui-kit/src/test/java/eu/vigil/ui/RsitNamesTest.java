package eu.vigil.ui;

import eu.vigil.contracts.RsitCategory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** Every RSIT category has its name in ui-kit's bundle, the one home every service's pages read it from. */
class RsitNamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "_fr", "_nl", "_de", "_es", "_it", "_pt"})
    void everyCategoryHasItsRsitName(String language) {
        // given
        var bundle = UiMessagesTest.bundle(language);

        // when
        var unnamed = Arrays.stream(RsitCategory.values()).map(RsitCategory::code)
                .filter(code -> bundle.getProperty("rsit." + code, "").isBlank()).toList();

        // then
        assertThat(unnamed).as("RSIT codes without a name in ui-messages%s", language).isEmpty();
    }
}
