package eu.vigil.web;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemCatalogueTest {

    @Test
    void theDocumentedCatalogueListsEveryTypeWithItsStatus() throws Exception {
        String page = Files.readString(Path.of("../docs/problems.md"));

        for (ProblemType type : ProblemType.values()) {
            assertThat(page).as(type.name()).contains("| `" + type.code() + "` | " + type.status().value() + " | "
                    + type.title() + " |");
        }
    }

    @Test
    void everyStatusAnErrorCanHaveMapsToATypeOfThatStatus() {
        Set<Integer> statuses = Arrays.stream(ProblemType.values()).map(type -> type.status().value())
                .collect(Collectors.toSet());

        for (int status : statuses) {
            assertThat(ProblemType.forStatus(status).status().value()).as("status %d", status).isEqualTo(status);
        }
        assertThat(ProblemType.forStatus(418).status().value()).isEqualTo(400); // a status of no type: still a problem
    }
}
