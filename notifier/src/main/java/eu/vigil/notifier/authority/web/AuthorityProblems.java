package eu.vigil.notifier.authority.web;

import eu.vigil.notifier.authority.AuthorityNotFoundException;
import eu.vigil.notifier.authority.FactValueRefusedException;
import eu.vigil.web.FieldProblem;
import eu.vigil.web.ProblemType;
import eu.vigil.web.Problems;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.List;

/** The catalogue's refusals as problems of web-kit's catalogue. */
@RestControllerAdvice(assignableTypes = AuthorityApiController.class)
class AuthorityProblems {

    @ExceptionHandler
    ProblemDetail authorityNotFound(AuthorityNotFoundException e) {
        var problem = Problems.of(ProblemType.NOT_FOUND,
                "The catalogue has no authority with this id; the list is at /api/authorities?country=BE.");
        problem.setProperty("authorityId", Problems.echo(e.authorityId()));
        return problem;
    }

    @ExceptionHandler
    ProblemDetail valueRefused(FactValueRefusedException e) {
        return Problems.invalid(List.of(new FieldProblem("/value", e.reason())));
    }
}
