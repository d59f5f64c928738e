package eu.vigil.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Every request that Spring MVC refuses before a controller decides (unreadable or invalid body, bad parameter,
 * unknown address, method, media type) as a problem of the catalogue naming each field with a JSON pointer. A
 * service's own advice maps its domain exceptions; this one comes last.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class EdgeProblems extends ResponseEntityExceptionHandler {

    private static final Set<Integer> PAGE_STATUSES = Set.of(404, 405, 406, 415);

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        e.getBindingResult().getGlobalErrors().forEach(error -> errors.add(new FieldProblem("",
                error.getDefaultMessage())));
        e.getBindingResult().getFieldErrors().forEach(error -> errors.add(new FieldProblem(
                Problems.pointer(error.getField()), error.getDefaultMessage())));
        return ResponseEntity.badRequest().body(Problems.invalid(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestTooLargeException) {
                return tooLarge();
            }
        }
        if (e.getCause() instanceof JsonMappingException mapping
                && (!mapping.getPath().isEmpty() || mapping instanceof UnrecognizedPropertyException)) {
            var problem = Problems.invalid(List.of(JsonMappingProblems.of(mapping)));
            if (mapping instanceof InvalidFormatException format && format.getValue() != null) {
                problem.setProperty("value", Problems.echo(format.getValue().toString()));
            }
            return ResponseEntity.badRequest().body(problem);
        }
        String detail = e.getCause() instanceof JsonProcessingException json && json.getLocation() != null
                ? "The body is not valid JSON for this address (" + json.getOriginalMessage().lines().findFirst()
                        .map(line -> Problems.echo(line.replaceAll("\\(.*", "").trim())).orElse("unreadable")
                        + " at line " + json.getLocation().getLineNr() + ", column "
                        + json.getLocation().getColumnNr() + ")."
                : "The body is missing or is not the JSON this address reads.";
        return ResponseEntity.badRequest().body(Problems.of(ProblemType.MALFORMED_REQUEST, detail));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String expected = e.getRequiredType() == null ? "value" : e.getRequiredType().getSimpleName();
        var problem = Problems.of(ProblemType.MALFORMED_REQUEST,
                "Parameter '" + e.getPropertyName() + "' must be a " + expected + ".");
        Problems.blame(problem, e.getPropertyName(), "must be a " + expected, e.getValue());
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream().map(error -> new FieldProblem(
                        result.getMethodParameter().getParameterName(), error.getDefaultMessage())))
                .toList();
        return ResponseEntity.badRequest().body(Problems.invalid(errors));
    }

    @ExceptionHandler
    ResponseEntity<Object> requestTooLarge(RequestTooLargeException e) {
        return tooLarge();
    }

    // Spring's own problems (405, 406, 415, 404 for no handler, a missing header) keep their detail and get the
    // catalogue's type and title for their status.
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        if (PAGE_STATUSES.contains(status.value()) && request instanceof ServletWebRequest servlet
                && Pages.isNavigation(servlet.getRequest())) {
            try { // the container's error dispatch shows the error page a person can act on
                servlet.getResponse().sendError(status.value());
                return null;
            } catch (IOException | RuntimeException e) {
                // the response is gone or committed: answer the problem as to any other client
            }
        }
        if (body instanceof ProblemDetail problem && "about:blank".equals(String.valueOf(problem.getType()))) {
            var type = ProblemType.forStatus(status.value());
            problem.setType(type.uri());
            problem.setTitle(type.title());
            if (status.value() == 404) { // Spring's says "No static resource ...": nothing a caller can act on
                problem.setDetail(type.detail());
            }
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    private static ResponseEntity<Object> tooLarge() {
        return ResponseEntity.status(ProblemType.REQUEST_TOO_LARGE.status())
                .body(Problems.of(ProblemType.REQUEST_TOO_LARGE));
    }
}
