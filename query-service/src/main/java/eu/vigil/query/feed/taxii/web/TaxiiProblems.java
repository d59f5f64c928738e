package eu.vigil.query.feed.taxii.web;

import eu.vigil.query.feed.taxii.TaxiiNotFoundException;
import eu.vigil.query.parameters.InvalidParametersException;
import eu.vigil.web.FieldProblem;
import eu.vigil.web.ProblemType;
import eu.vigil.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The TAXII server's refusals: RFC 9457 problems of web-kit's catalogue, as everywhere in Vigil, that also carry
 * TAXII 2.1's error message fields ({@code title}, which both share, {@code description} and {@code http_status}),
 * so that a TAXII client reads them as its own. Ahead of the service's {@code ApiProblems} for these controllers.
 */
@RestControllerAdvice(assignableTypes = TaxiiApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class TaxiiProblems {

    @ExceptionHandler
    ResponseEntity<ProblemDetail> notFound(TaxiiNotFoundException e) {
        return taxii(Problems.of(ProblemType.TAXII_NOT_FOUND));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> invalidParameters(InvalidParametersException e) {
        var problem = Problems.invalid(e.problems().stream()
                .map(refused -> new FieldProblem(refused.parameter(), refused.message())).toList());
        problem.setProperty("value", Problems.echo(e.problems().get(0).value()));
        return taxii(problem);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> notAcceptable(TaxiiMediaTypes.NotAcceptableException e) {
        return taxii(Problems.of(ProblemType.NOT_ACCEPTABLE,
                "The TAXII server answers in application/taxii+json;version=2.1; ask for it."));
    }

    private static ResponseEntity<ProblemDetail> taxii(ProblemDetail problem) {
        problem.setProperty("description", problem.getDetail());
        problem.setProperty("http_status", String.valueOf(problem.getStatus()));
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
