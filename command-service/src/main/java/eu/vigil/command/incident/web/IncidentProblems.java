package eu.vigil.command.incident.web;

import eu.vigil.command.hospital.UnknownHospitalException;
import eu.vigil.command.incident.AwarenessBeforeDetectionException;
import eu.vigil.command.incident.AwarenessInFutureException;
import eu.vigil.command.web.ProblemTypes;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import static eu.vigil.command.web.ApiProblems.problem;

/** The incident rules a report can break, as RFC 9457 problems carrying the offending values. */
@RestControllerAdvice
class IncidentProblems {

    @ExceptionHandler
    ProblemDetail awarenessInFuture(AwarenessInFutureException e) {
        var problem = problem(HttpStatus.UNPROCESSABLE_ENTITY, ProblemTypes.AWARENESS_IN_FUTURE,
                "Awareness time after report time",
                "The hospital cannot have become aware after the report was made: check awareAt and its time zone.");
        problem.setProperty("awareAt", e.awareAt());
        problem.setProperty("reportedAt", e.reportedAt());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail awarenessBeforeDetection(AwarenessBeforeDetectionException e) {
        var problem = problem(HttpStatus.UNPROCESSABLE_ENTITY, ProblemTypes.AWARENESS_BEFORE_DETECTION,
                "Awareness time before detection time",
                "The hospital cannot have become aware of the incident before it was detected.");
        problem.setProperty("awareAt", e.awareAt());
        problem.setProperty("detectedAt", e.detectedAt());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail unknownHospital(UnknownHospitalException e) {
        var problem = problem(HttpStatus.UNPROCESSABLE_ENTITY, ProblemTypes.UNKNOWN_HOSPITAL, "Unknown hospital",
                "This installation does not serve the hospital named; an administrator registers hospitals.");
        problem.setProperty("hospitalId", e.hospital().value());
        return problem;
    }
}
