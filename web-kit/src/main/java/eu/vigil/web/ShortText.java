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
 * A short text on one line (a summary, a name, a reference): at most {@link #max()} characters, no control or
 * bidirectional control characters (see {@link TextRules}). Null is valid; pair with {@code @NotBlank} when required.
 */
@Documented
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Constraint(validatedBy = TextValidator.Line.class)
public @interface ShortText {

    int max() default 200;

    String message() default "{vigil.text.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
