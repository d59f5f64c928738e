package eu.vigil.consumer;

import eu.vigil.web.ProblemType;
import eu.vigil.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/**
 * The administrator's view of the parked records, and their replay. Each service authorises these endpoints for
 * {@code ADMIN} in its own SecurityConfig.
 */
@RestController
@RequestMapping("/api/dead-letters")
class DeadLetterApiController {

    private final DeadLetters deadLetters;
    private final DeadLetterReplay replay;

    DeadLetterApiController(DeadLetters deadLetters, DeadLetterReplay replay) {
        this.deadLetters = deadLetters;
        this.replay = replay;
    }

    @GetMapping
    List<DeadLetter> parked() {
        return deadLetters.parked();
    }

    @PostMapping("/{id}/replay")
    ResponseEntity<?> replay(@PathVariable long id) {
        return replay.replay(id).<ResponseEntity<?>>map(outcome -> outcome.replayed()
                        ? ResponseEntity.ok(Map.of("id", id, "replayed", true))
                        : ResponseEntity.status(HttpStatus.CONFLICT).body(failed(id, outcome)))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(notFound(id)));
    }

    private static ProblemDetail failed(long id, DeadLetterReplay.Outcome outcome) {
        var problem = Problems.of(ProblemType.REPLAY_FAILED);
        problem.setProperty("id", id);
        problem.setProperty("reasonClass", outcome.reasonClass());
        problem.setProperty("reason", outcome.reason());
        return problem;
    }

    private static ProblemDetail notFound(long id) {
        var problem = Problems.of(ProblemType.DEAD_LETTER_NOT_FOUND);
        problem.setProperty("id", id);
        return problem;
    }
}
