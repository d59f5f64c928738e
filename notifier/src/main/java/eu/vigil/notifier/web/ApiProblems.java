package eu.vigil.notifier.web;

import eu.vigil.notifier.incident.IncidentNotSeenException;
import eu.vigil.notifier.obligation.ObligationNotFoundException;
import eu.vigil.notifier.obligation.UnknownIncidentException;
import eu.vigil.web.ProblemType;
import eu.vigil.web.Problems;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The notifier's own refusals as problems of web-kit's catalogue; an obligation rule is web-kit's
 * {@code RuleViolation}, and what Spring MVC refuses before a controller (bodies, parameters, addresses) is web-kit's
 * {@code EdgeProblems}.
 */
@RestControllerAdvice(annotations = RestController.class) // the pages show refusals beside their fields
class ApiProblems {

    @ExceptionHandler
    ProblemDetail incidentNotSeen(IncidentNotSeenException e) {
        var problem = Problems.of(ProblemType.INCIDENT_NOT_FOUND,
                "The notifier has not seen an incident with this id; a just-reported incident appears within seconds.");
        problem.setProperty("incidentId", e.incidentId());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail obligationNotFound(ObligationNotFoundException e) {
        var problem = Problems.of(ProblemType.OBLIGATION_NOT_FOUND,
                "Your hospital has no obligation with this id; the list is at /api/obligations.");
        problem.setProperty("obligationId", e.obligationId());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail unknownIncident(UnknownIncidentException e) {
        var problem = Problems.of(ProblemType.INCIDENT_NOT_FOUND,
                "Your hospital has no incident with this id that the notifier has seen; a just-reported incident "
                        + "appears within seconds.");
        problem.setProperty("incidentId", e.incidentId().toString());
        return problem;
    }
}
