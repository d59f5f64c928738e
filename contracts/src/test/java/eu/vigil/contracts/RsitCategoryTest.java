package eu.vigil.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RsitCategoryTest {

    // The official taxonomy, as MISP publishes it, in the team's shared folder beside the repository.
    private static final Path RSIT = Path.of("..", "..", "shared", "schemas", "misp-taxonomies", "rsit.json");

    @Test
    void theCodesAreExactlyTheOfficialRsitMachineValues() throws IOException {
        JsonNode taxonomy = EventJson.mapper().readTree(Files.readAllBytes(RSIT));
        var official = new TreeSet<String>();
        for (JsonNode predicate : taxonomy.get("values")) {
            for (JsonNode entry : predicate.get("entry")) {
                official.add(predicate.get("predicate").asText() + "/" + entry.get("value").asText());
            }
        }

        var ours = new TreeSet<String>();
        Arrays.stream(RsitCategory.values()).map(RsitCategory::code).forEach(ours::add);

        assertThat(ours).isEqualTo(official);
    }

    @Test
    void aCodeOutsideTheTaxonomyIsRefusedWithAnExample() {
        assertThatThrownBy(() -> RsitCategory.fromCode("malware/ransomware"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("malware/ransomware")
                .hasMessageContaining("class/type");
    }

    @Test
    void theClassIsThePartBeforeTheSlash() {
        assertThat(RsitCategory.INTRUSION_ATTEMPTS_IDS_ALERT.rsitClass()).isEqualTo("intrusion-attempts");
    }
}
