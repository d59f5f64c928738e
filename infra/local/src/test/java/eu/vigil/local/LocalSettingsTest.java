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

    @Test
    void givenNoInstancesAskedThenOneOfEachServiceElseAsManyAsTheFlagOrTheVariableSays() {
        assertThat(LocalSettings.from(NO_FLAGS, Map.of()).instances()).isEqualTo(1);
        assertThat(LocalSettings.from(new String[] {"--instances=2"}, Map.of()).instances()).isEqualTo(2);
        assertThat(LocalSettings.from(NO_FLAGS, Map.of("VIGIL_INSTANCES", "3")).instances()).isEqualTo(3);
    }

    @Test
    void givenInstancesOutOfRangeOrNoNumberThenTheStartStopsSayingHowToSetThem() {
        assertThatThrownBy(() -> LocalSettings.from(new String[] {"--instances=0"}, Map.of()))
                .hasMessageContaining("--instances=N or VIGIL_INSTANCES=N");
        assertThatThrownBy(() -> LocalSettings.from(new String[] {"--instances=5"}, Map.of()))
                .hasMessageContaining("from 1 to 4");
        assertThatThrownBy(() -> LocalSettings.from(new String[] {"--instances=two"}, Map.of()))
                .hasMessageContaining("'two' is not a number");
    }

    @Test
    void givenNoJitAskedThenTheServicesStartWithC1OnlyElseWithTheFullJit() {
        assertThat(LocalSettings.from(NO_FLAGS, Map.of()).fullJit()).isFalse();
        assertThat(LocalSettings.from(new String[] {"--full-jit"}, Map.of()).fullJit()).isTrue();
        assertThat(LocalSettings.from(NO_FLAGS, Map.of("VIGIL_FULL_JIT", "true")).fullJit()).isTrue();
        assertThatThrownBy(() -> LocalSettings.from(NO_FLAGS, Map.of("VIGIL_FULL_JIT", "1")))
                .hasMessageContaining("VIGIL_FULL_JIT=true or false");
    }
}
