package eu.vigil.query.drill.web;

import eu.vigil.query.drill.DrillReport;
import eu.vigil.ui.Languages;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

import java.util.Locale;
import java.util.Set;

/**
 * The drill report as a whole page for the PDF: styled inline (the renderer loads nothing), the same parts as the
 * report's page, and a diagonal EXERCISE that paged media repeat on every page.
 */
@Component
class DrillReportDocument {

    private static final Set<String> LANGUAGES = Set.copyOf(Languages.CODES);

    private final ITemplateEngine templates;
    private final ApplicationContext application;

    DrillReportDocument(ITemplateEngine templates, ApplicationContext application) {
        this.templates = templates;
        this.application = application;
    }

    String html(DrillReport report, Locale locale) {
        var context = new Context(locale);
        // lets the shared parts call beans (@vigilTime) outside a web request's own template context
        context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(application, null));
        context.setVariable("report", report);
        context.setVariable("language", language(locale));
        return templates.process("drill/report-pdf", context);
    }

    /** The pages' language of this locale, English for any other. */
    static String language(Locale locale) {
        return LANGUAGES.contains(locale.getLanguage()) ? locale.getLanguage() : "en";
    }
}
