package eu.vigil.web;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * Free text (a description, a reason): at most {@link #max()} characters, tab and line breaks allowed, no other
 * control character (see {@link TextRules}). Null is valid; pair with {@code @NotBlank} when required.
 */
@Documented
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Constraint(validatedBy = TextValidator.Paragraphs.class)
public @interface Prose {

    int max() default 4000;

    String message() default "{vigil.text.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
