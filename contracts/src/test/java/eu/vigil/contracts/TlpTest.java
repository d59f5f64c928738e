package eu.vigil.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TlpTest {

    // MISP's tlp taxonomy, in the team's shared folder beside the repository.
    private static final Path TLP = Path.of("..", "..", "shared", "schemas", "misp-taxonomies", "tlp.json");

    @Test
    void everyLabelIsATlpMachineTagValueAndItsLabelIsTheFirstSpelling() throws IOException {
        JsonNode taxonomy = EventJson.mapper().readTree(Files.readAllBytes(TLP));
        var official = new HashSet<String>();
        taxonomy.get("predicates").forEach(predicate -> official.add(predicate.get("value").asText()));

        assertThat(official).containsAll(Arrays.stream(Tlp.values()).map(Tlp::code).toList());
        assertThat(Arrays.stream(Tlp.values()))
                .allSatisfy(tlp -> assertThat(tlp.label()).isEqualTo("TLP:" + tlp.code().toUpperCase(Locale.ROOT)));
    }

    @Test
    void onlyRedNeverLeavesTheHospital() {
        assertThat(Arrays.stream(Tlp.values()).filter(tlp -> !tlp.shareable())).containsExactly(Tlp.RED);
    }

    @Test
    void tlp1WhiteIsNotAcceptedBecauseTlp2RenamedItClear() {
        assertThatThrownBy(() -> Tlp.fromCode("white"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("clear");
    }
}
