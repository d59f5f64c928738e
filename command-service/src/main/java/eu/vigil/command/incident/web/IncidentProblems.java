package eu.vigil.command.incident.web;

import eu.vigil.command.hospital.UnknownHospitalException;
import eu.vigil.command.incident.IncidentNotFoundException;
import eu.vigil.command.incident.IncidentRuleException;
import eu.vigil.command.web.ApiProblems;
import eu.vigil.web.Problems;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.Arrays;



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
        Object[] arguments = Arrays.stream(e.arguments()) // a rejected text is echoed as a short prefix only
                .map(argument -> argument instanceof String text ? Problems.echo(text) : argument).toArray();
        String detail = messages.getMessage("problem." + e.messageKey() + ".detail", arguments, e.code(),
                locale);
        var problem = Problems.rule(e.code(), e.conflict() ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_ENTITY,
                messages.getMessage("problem." + e.code() + ".title", null, e.code(), locale), detail);
        if (e.field() != null) {
            Problems.blame(problem, Problems.pointer(e.field()), detail, e.rejectedValue());
        }
        return problem;
    }

    @ExceptionHandler({IncidentNotFoundException.class, AggregateNotFoundException.class})
    ProblemDetail unknownIncident() {
        return ApiProblems.unknownIncident();
    }

    @ExceptionHandler
    ProblemDetail unknownHospital(UnknownHospitalException e) {
        var problem = Problems.rule("unknown-hospital", HttpStatus.UNPROCESSABLE_ENTITY, "Unknown hospital",
                "This installation does not serve the hospital named; an administrator registers hospitals.");
        problem.setProperty("hospitalId", e.hospital().value());
        return problem;
    }
}
