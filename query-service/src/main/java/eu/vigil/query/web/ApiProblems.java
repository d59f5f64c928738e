package eu.vigil.query.web;

import eu.vigil.query.register.IncidentNotFoundException;
import eu.vigil.query.timeline.UnknownHistoryKindException;
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
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;

/** Turns every refused request into an RFC 9457 problem: a stable type and title, and the offending names. */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblems extends ResponseEntityExceptionHandler {

    @ExceptionHandler
    ProblemDetail incidentNotFound(IncidentNotFoundException e) {
        var problem = problem(HttpStatus.NOT_FOUND, ProblemTypes.INCIDENT_NOT_FOUND, "Incident not found",
                "The register holds no incident with this id; a just-reported incident appears within seconds.");
        problem.setProperty("incidentId", e.incidentId());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail unknownHistoryKind(UnknownHistoryKindException e) {
        String message = "must be one of " + String.join(", ", e.accepted());
        var problem = problem(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_REQUEST, "Invalid request",
                "kind: " + message);
        problem.setProperty("errors", List.of(new ParameterError("kind", message)));
        return problem;
    }

    // A malformed path or query value (an id that is no UUID, a limit that is no number).
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

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<ParameterError> errors = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream().map(error -> new ParameterError(
                        result.getMethodParameter().getParameterName(), error.getDefaultMessage())))
                .toList();
        var problem = problem(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_REQUEST, "Invalid request",
                errors.stream().map(error -> error.parameter() + ": " + error.message())
                        .collect(Collectors.joining("; ")));
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    private static ProblemDetail problem(HttpStatus status, URI type, String title, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        return problem;
    }
}
