package eu.vigil.notifier.obligation;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

import java.util.UUID;

/** No obligation with this id in the caller's hospital (another hospital's answers the same). */
@ResponseStatus(HttpStatus.NOT_FOUND) // the pages answer 404; the API answers a problem (web/ApiProblems)
public class ObligationNotFoundException extends RuntimeException {

    private final UUID obligationId;

    public ObligationNotFoundException(UUID obligationId) {
        super("No obligation " + obligationId);
        this.obligationId = obligationId;
    }

    public UUID obligationId() {
        return obligationId;
    }
}
