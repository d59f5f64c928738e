package eu.vigil.command.incident.web;

import eu.vigil.command.hospital.UnknownHospitalException;
import eu.vigil.command.incident.IncidentNotFoundException;
import eu.vigil.command.web.ApiProblems;
import eu.vigil.web.ProblemType;
import eu.vigil.web.Problems;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * An unknown incident or hospital as RFC 9457 problems; the incident rules a command can break are web-kit's
 * {@code RuleViolation}s, answered by its {@code RuleViolationProblems}.
 */
@RestControllerAdvice(annotations = RestController.class) // pages show problems beside their fields
class IncidentProblems {

    @ExceptionHandler({IncidentNotFoundException.class, AggregateNotFoundException.class})
    ProblemDetail unknownIncident() {
        return ApiProblems.unknownIncident();
    }

    /** Other changes to the incident, on another instance, won every retry (config/CommandGatewayConfig). */
    @ExceptionHandler
    ProblemDetail concurrentChanges(ConcurrencyException e) {
        return Problems.of(ProblemType.CONFLICT);
    }

    @ExceptionHandler
    ProblemDetail unknownHospital(UnknownHospitalException e) {
        var problem = Problems.rule("unknown-hospital", HttpStatus.UNPROCESSABLE_ENTITY, "Unknown hospital",
                "This installation does not serve the hospital named; an administrator registers hospitals.");
        problem.setProperty("hospitalId", e.hospital().value());
        return problem;
    }
}
