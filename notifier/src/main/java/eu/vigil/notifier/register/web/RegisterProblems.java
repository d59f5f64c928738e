package eu.vigil.notifier.register.web;

import eu.vigil.notifier.register.BadRegisterFilterException;
import eu.vigil.web.FieldProblem;
import eu.vigil.web.Problems;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.List;

/** A filter the register does not know: 400 invalid-request naming the query parameter, as Spring names others. */
@RestControllerAdvice(assignableTypes = {BreachRegisterApiController.class, BreachRegisterExportController.class})
class RegisterProblems {

    @ExceptionHandler
    ProblemDetail badFilter(BadRegisterFilterException e) {
        var problem = Problems.invalid(List.of(new FieldProblem(e.parameter(), e.getMessage())));
        problem.setProperty("value", Problems.echo(e.value()));
        return problem;
    }
}
