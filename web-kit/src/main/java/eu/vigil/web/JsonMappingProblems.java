package eu.vigil.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * What Jackson could not bind, said as a field problem: where (a JSON pointer) and what the caller should send. Public
 * for data files read as strictly as a request body (command-service's drill scenarios).
 */
public final class JsonMappingProblems {

    private JsonMappingProblems() {
    }

    public static FieldProblem of(JsonMappingException e) {
        return new FieldProblem(pointer(e), message(e));
    }

    private static String pointer(JsonMappingException e) {
        var pointer = new StringBuilder();
        for (var reference : e.getPath()) {
            pointer.append('/');
            if (reference.getFieldName() != null) {
                pointer.append(reference.getFieldName().replace("~", "~0").replace("/", "~1"));
            } else {
                pointer.append(reference.getIndex());
            }
        }
        return pointer.toString();
    }

    private static String message(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a property of this request";
        }
        if (e instanceof InvalidNullException) {
            return "must not be null";
        }
        if (e instanceof InvalidFormatException format) {
            return format.getTargetType() != null && format.getTargetType().isEnum()
                    ? "is not one of the accepted values" : "must be " + expected(format.getTargetType());
        }
        if (e instanceof ValueInstantiationException) {
            return "is not valid here";
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "must be " + expected(mismatch.getTargetType());
        }
        // our own refusals (control characters, instants) say exactly what is wrong, without the value
        return e.getOriginalMessage().lines().findFirst().orElse("cannot be read");
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "a value of another type";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class) {
            return "a number";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (type == Instant.class) {
            return StrictJson.BoundedInstant.EXPECTED.substring("must be ".length());
        }
        if (type.isEnum()) {
            return "one of the accepted values";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "an object";
        }
        return "a " + type.getSimpleName();
    }
}
