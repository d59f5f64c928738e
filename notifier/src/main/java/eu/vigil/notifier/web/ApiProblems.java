package eu.vigil.notifier.web;

import eu.vigil.notifier.incident.IncidentNotSeenException;
import eu.vigil.notifier.obligation.ObligationNotFoundException;
import eu.vigil.notifier.obligation.ObligationRuleException;
import eu.vigil.notifier.obligation.UnknownIncidentException;
import eu.vigil.web.ProblemType;
import eu.vigil.web.Problems;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The notifier's own refusals as problems of web-kit's catalogue, or an obligation rule's; what Spring MVC refuses
 * before a controller (bodies, parameters, addresses) is web-kit's {@code EdgeProblems}.
 */
@RestControllerAdvice(annotations = RestController.class) // the pages show refusals beside their fields
class ApiProblems {

    private final MessageSource messages;

    ApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler
    ProblemDetail incidentNotSeen(IncidentNotSeenException e) {
        var problem = Problems.of(ProblemType.INCIDENT_NOT_FOUND,
                "The notifier has not seen an incident with this id; a just-reported incident appears within seconds.");
        problem.setProperty("incidentId", e.incidentId());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail obligationNotFound(ObligationNotFoundException e) {
        var problem = Problems.of(ProblemType.OBLIGATION_NOT_FOUND,
                "Your hospital has no obligation with this id; the list is at /api/obligations.");
        problem.setProperty("obligationId", e.obligationId());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail unknownIncident(UnknownIncidentException e) {
        var problem = Problems.of(ProblemType.INCIDENT_NOT_FOUND,
                "Your hospital has no incident with this id that the notifier has seen; a just-reported incident "
                        + "appears within seconds.");
        problem.setProperty("incidentId", e.incidentId().toString());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail obligationRule(ObligationRuleException e) {
        var locale = LocaleContextHolder.getLocale(); // the request's Accept-Language
        String detail = messages.getMessage("problem." + e.messageKey() + ".detail", e.arguments(), e.code(), locale);
        var problem = Problems.rule(e.code(), e.conflict() ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_ENTITY,
                messages.getMessage("problem." + e.code() + ".title", null, e.code(), locale), detail);
        if (e.field() != null) {
            Problems.blame(problem, "/" + e.field(), detail, e.rejectedValue());
        }
        return problem;
    }
}
