package eu.vigil.gateway.web;

import eu.vigil.web.ProblemType;
import eu.vigil.web.Problems;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * The problems the gateway answers itself, of web-kit's catalogue, with title and detail in the caller's language:
 * {@code problem.<code>.title} and {@code problem.<code>.detail} of the gateway's bundles, in the locale the request
 * asked for (its {@code Accept-Language}, as every service reads it). The type and status never change.
 */
@Component
public class ProblemTexts {

    private final MessageSource messages;

    public ProblemTexts(MessageSource messages) {
        this.messages = messages;
    }

    /** The problem of {@code type}, with its title and general detail. */
    public ProblemDetail of(ProblemType type) {
        return of(type, type.code());
    }

    /** The problem of {@code type} with the detail of {@code problem.<problemCase>.detail} ({@code forbidden.csrf}). */
    public ProblemDetail of(ProblemType type, String problemCase) {
        var locale = LocaleContextHolder.getLocale();
        var problem = Problems.of(type,
                messages.getMessage("problem." + problemCase + ".detail", null, type.detail(), locale));
        problem.setTitle(messages.getMessage("problem." + type.code() + ".title", null, type.title(), locale));
        return problem;
    }
}
