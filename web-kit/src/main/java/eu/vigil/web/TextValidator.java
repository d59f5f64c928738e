package eu.vigil.web;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

import java.util.function.Function;

/** Checks {@link ShortText} and {@link Prose}: the length first, then each character. */
abstract class TextValidator {

    private TextValidator() {
    }

    static boolean valid(String text, int max, Function<String, TextRules.Violation> rules,
                         ConstraintValidatorContext context) {
        if (text == null) {
            return true;
        }
        String template = null;
        var hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
        if (text.length() > max) {
            template = "{vigil.text.too-long}";
            hibernate.addMessageParameter("max", max);
        } else {
            var violation = rules.apply(text);
            if (violation != null) {
                template = "{vigil.text." + violation.key() + "}";
                hibernate.addMessageParameter("position", violation.index() + 1)
                        .addMessageParameter("character", String.format("U+%04X", violation.codePoint()));
            }
        }
        if (template == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(template).addConstraintViolation();
        return false;
    }

    static final class Line implements ConstraintValidator<ShortText, String> {
        private int max;

        @Override
        public void initialize(ShortText annotation) {
            max = annotation.max();
        }

        @Override
        public boolean isValid(String text, ConstraintValidatorContext context) {
            return valid(text, max, TextRules::checkLine, context);
        }
    }

    static final class Paragraphs implements ConstraintValidator<Prose, String> {
        private int max;

        @Override
        public void initialize(Prose annotation) {
            max = annotation.max();
        }

        @Override
        public boolean isValid(String text, ConstraintValidatorContext context) {
            return valid(text, max, TextRules::checkProse, context);
        }
    }
}
