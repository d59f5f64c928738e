package eu.vigil.local;

import eu.vigil.embedded.Commits;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalSettingsTest {

    private static final String[] NO_FLAGS = {};

    @Test
    void commitsAreDurableUnlessAskedOtherwise() {
        assertThat(LocalSettings.from(NO_FLAGS, Map.of()).commits()).isEqualTo(Commits.DURABLE);
        assertThat(LocalSettings.from(NO_FLAGS, Map.of("VIGIL_FAST_UNSAFE_COMMITS", "false")).commits())
                .isEqualTo(Commits.DURABLE);
    }

    @Test
    void theFlagOrTheEnvironmentVariableAsksForFastUnsafeCommits() {
        assertThat(LocalSettings.from(new String[] {"--fast-unsafe-commits"}, Map.of()).commits())
                .isEqualTo(Commits.FAST_UNSAFE);
        assertThat(LocalSettings.from(NO_FLAGS, Map.of("VIGIL_FAST_UNSAFE_COMMITS", "true")).commits())
                .isEqualTo(Commits.FAST_UNSAFE);
    }

    @Test
    void aMistypedEnvironmentVariableStopsTheStartRatherThanGuessing() {
        assertThatThrownBy(() -> LocalSettings.from(NO_FLAGS, Map.of("VIGIL_FAST_UNSAFE_COMMITS", "yes")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("VIGIL_FAST_UNSAFE_COMMITS=true or false");
    }
}
