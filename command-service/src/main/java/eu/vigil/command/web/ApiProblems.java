package eu.vigil.command.web;

import eu.vigil.web.ProblemType;
import eu.vigil.web.Problems;
import org.springframework.http.ProblemDetail;

/**
 * This service's problems beyond web-kit's catalogue handling: each feature maps its own rule exceptions beside its
 * controllers.
 */
public final class ApiProblems {

    private ApiProblems() {
    }

    /** The answer for an unknown incident and for another hospital's, which is never confirmed to exist. */
    public static ProblemDetail unknownIncident() {
        return Problems.of(ProblemType.INCIDENT_NOT_FOUND);
    }
}
