package eu.vigil.notifier.web;

import eu.vigil.notifier.obligation.ObligationNotFoundException;
import eu.vigil.notifier.obligation.ObligationRuleException;
import eu.vigil.notifier.obligation.UnknownIncidentException;
import eu.vigil.notifier.incident.IncidentNotSeenException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.net.URI;
import java.util.List;

/** Turns every refused request into an RFC 9457 problem: a stable type and title, and the offending names. */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblems extends ResponseEntityExceptionHandler {

    @ExceptionHandler
    ProblemDetail incidentNotSeen(IncidentNotSeenException e) {
        var problem = problem(HttpStatus.NOT_FOUND, ProblemTypes.INCIDENT_NOT_FOUND, "Incident not found",
                "The notifier has not seen an incident with this id; a just-reported incident appears within seconds.");
        problem.setProperty("incidentId", e.incidentId());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail obligationNotFound(ObligationNotFoundException e) {
        var problem = problem(HttpStatus.NOT_FOUND, ProblemTypes.OBLIGATION_NOT_FOUND, "Obligation not found",
                "Your hospital has no obligation with this id; the list is at /api/obligations.");
        problem.setProperty("obligationId", e.obligationId());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail unknownIncident(UnknownIncidentException e) {
        var problem = problem(HttpStatus.NOT_FOUND, ProblemTypes.INCIDENT_NOT_FOUND, "Incident not found",
                "Your hospital has no incident with this id that the notifier has seen; a just-reported incident "
                        + "appears within seconds.");
        problem.setProperty("incidentId", e.incidentId().toString());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail obligationRule(ObligationRuleException e) {
        var problem = problem(e.conflict() ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_ENTITY,
                URI.create("urn:vigil:problem:" + e.code()), "The obligation refused this change", e.getMessage());
        if (e.field() != null) {
            problem.setProperty("errors", List.of(new ParameterError(e.field(), e.getMessage())));
        }
        return problem;
    }

    // A malformed path value, such as an id that is no UUID.
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String parameter = e.getPropertyName();
        String expected = e.getRequiredType() == null ? "value" : e.getRequiredType().getSimpleName();
        var problem = problem(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_REQUEST, "Malformed request",
                "Parameter '" + parameter + "' must be a " + expected + ".");
        problem.setProperty("errors", List.of(new ParameterError(parameter, "must be a " + expected)));
        return ResponseEntity.badRequest().body(problem);
    }

    private static ProblemDetail problem(HttpStatus status, URI type, String title, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        return problem;
    }
}
