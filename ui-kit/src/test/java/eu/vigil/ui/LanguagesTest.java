package eu.vigil.ui;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LanguagesTest {

    @Test
    void thePatternAndTheRefusalNameExactlyTheCodes() {
        assertThat(Languages.PATTERN).isEqualTo(String.join("|", Languages.CODES));
        assertThat(Languages.REFUSED).isEqualTo("must be one of " + String.join(", ", Languages.CODES));
    }
}
