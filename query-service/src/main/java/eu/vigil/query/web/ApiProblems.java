package eu.vigil.query.web;

import eu.vigil.query.drill.DrillNotFoundException;
import eu.vigil.query.rebuild.RebuildRunningException;
import eu.vigil.query.rebuild.UnknownReadModelException;
import eu.vigil.query.register.IncidentNotFoundException;
import eu.vigil.query.parameters.InvalidParametersException;
import eu.vigil.query.timeline.UnknownHistoryKindException;
import eu.vigil.web.FieldProblem;
import eu.vigil.web.ProblemType;
import eu.vigil.web.Problems;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.net.URI;
import java.util.List;

/**
 * The register's own refusals as problems of web-kit's catalogue; what Spring MVC refuses before a controller
 * (a parameter of the wrong type or out of range, an unknown address) is web-kit's {@code EdgeProblems}.
 */
@RestControllerAdvice(annotations = RestController.class) // the pages answer their own not-found page
class ApiProblems {

    @ExceptionHandler
    ProblemDetail incidentNotFound(IncidentNotFoundException e) {
        var problem = Problems.of(ProblemType.INCIDENT_NOT_FOUND,
                "The register holds no incident with this id; a just-reported incident appears within seconds.");
        problem.setProperty("incidentId", e.incidentId());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail drillNotFound(DrillNotFoundException e) {
        var problem = Problems.of(ProblemType.NOT_FOUND, "Your hospital has no drill with this id.");
        problem.setProperty("drillId", e.drillId());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail invalidListQuery(InvalidParametersException e) {
        var problem = Problems.invalid(e.problems().stream()
                .map(refused -> new FieldProblem(refused.parameter(), refused.message())).toList());
        problem.setProperty("value", Problems.echo(e.problems().get(0).value()));
        return problem;
    }

    @ExceptionHandler
    ProblemDetail unknownHistoryKind(UnknownHistoryKindException e) {
        var problem = Problems.invalid(List.of(new FieldProblem("kind",
                "must be one of " + String.join(", ", e.accepted()))));
        problem.setProperty("value", Problems.echo(e.kind()));
        return problem;
    }

    @ExceptionHandler
    ProblemDetail unknownReadModel(UnknownReadModelException e) {
        var problem = Problems.of(ProblemType.READ_MODEL_NOT_FOUND);
        problem.setProperty("readModels", e.known());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail rebuildRunning(RebuildRunningException e) {
        var problem = Problems.of(ProblemType.REBUILD_RUNNING);
        problem.setProperty("readModel", e.running().readModel());
        problem.setProperty("progress", URI.create("/api/read-models/" + e.running().readModel()));
        return problem;
    }
}
