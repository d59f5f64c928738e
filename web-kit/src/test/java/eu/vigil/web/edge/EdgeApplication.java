package eu.vigil.web.edge;

import eu.vigil.web.Prose;
import eu.vigil.web.ShortText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

/** A service with one write endpoint, to see web-kit's edge as a client does. */
@SpringBootApplication
class EdgeApplication {

    record Device(@NotBlank @ShortText(max = 20) String type) {
    }

    record Note(@NotBlank @ShortText(max = 50) String title, @Prose(max = 200) String text, @NotNull Instant at,
                @Size(max = 3) List<@Valid Device> devices) {
    }

    @RestController
    static class Notes {

        @PostMapping("/api/notes")
        Note record(@Valid @RequestBody Note note) {
            return note;
        }
    }
}
