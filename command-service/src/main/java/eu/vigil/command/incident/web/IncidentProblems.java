package eu.vigil.command.incident.web;

import eu.vigil.command.hospital.UnknownHospitalException;
import eu.vigil.command.incident.IncidentNotFoundException;
import eu.vigil.command.incident.IncidentRuleException;
import eu.vigil.command.web.ApiProblems;
import eu.vigil.command.web.FieldError;
import eu.vigil.command.web.ProblemTypes;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.net.URI;
import java.util.List;

import static eu.vigil.command.web.ApiProblems.problem;

/**
 * The incident rules a command can break, as RFC 9457 problems: type {@code urn:vigil:problem:<rule>}, the title
 * and detail in the caller's language, and the offending field and value.
 */
@RestControllerAdvice(annotations = RestController.class) // pages show problems beside their fields
class IncidentProblems {

    private final MessageSource messages;

    IncidentProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler
    ProblemDetail ruleBroken(IncidentRuleException e) {
        var locale = LocaleContextHolder.getLocale();
        String detail = messages.getMessage("problem." + e.messageKey() + ".detail", e.arguments(), e.getMessage(),
                locale);
        var problem = problem(e.conflict() ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_ENTITY,
                URI.create("urn:vigil:problem:" + e.code()),
                messages.getMessage("problem." + e.code() + ".title", null, e.code(), locale), detail);
        if (e.field() != null) {
            problem.setProperty("field", e.field());
            problem.setProperty("value", e.rejectedValue() == null ? null : e.rejectedValue().toString());
            problem.setProperty("errors", List.of(new FieldError(e.field(), detail)));
        }
        return problem;
    }

    @ExceptionHandler({IncidentNotFoundException.class, AggregateNotFoundException.class})
    ProblemDetail unknownIncident() {
        return ApiProblems.unknownIncident();
    }

    @ExceptionHandler
    ProblemDetail unknownHospital(UnknownHospitalException e) {
        var problem = problem(HttpStatus.UNPROCESSABLE_ENTITY, ProblemTypes.UNKNOWN_HOSPITAL, "Unknown hospital",
                "This installation does not serve the hospital named; an administrator registers hospitals.");
        problem.setProperty("hospitalId", e.hospital().value());
        return problem;
    }
}
