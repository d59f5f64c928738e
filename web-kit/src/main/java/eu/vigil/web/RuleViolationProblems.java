package eu.vigil.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.Arrays;

/**
 * A broken {@link RuleViolation} as an RFC 9457 problem: the title and detail in the caller's language, the field
 * as a JSON pointer and a rejected text echoed as a short prefix only. Pages show the same texts beside their
 * fields, so the advice covers REST controllers only.
 */
@RestControllerAdvice(annotations = RestController.class)
public class RuleViolationProblems {

    private final MessageSource messages;

    public RuleViolationProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler
    ProblemDetail ruleBroken(RuleViolation e) {
        var locale = LocaleContextHolder.getLocale(); // the request's Accept-Language
        Object[] arguments = Arrays.stream(e.arguments())
                .map(argument -> argument instanceof String text ? Problems.echo(text) : argument).toArray();
        String detail = messages.getMessage("problem." + e.messageKey() + ".detail", arguments, e.code(), locale);
        var problem = Problems.rule(e.code(), e.conflict() ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_ENTITY,
                messages.getMessage("problem." + e.code() + ".title", null, e.code(), locale), detail);
        if (e.field() != null) {
            Problems.blame(problem, Problems.pointer(e.field()), detail, e.rejectedValue());
        }
        return problem;
    }
}
