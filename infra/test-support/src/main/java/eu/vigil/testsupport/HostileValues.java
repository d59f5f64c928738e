package eu.vigil.testsupport;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/** The hostile values for a field of a request record, by its type and its bounds (its annotations' {@code max}). */
final class HostileValues {

    private static final ObjectMapper JSON = new ObjectMapper();

    private HostileValues() {
    }

    static Map<String, String> badValues(RecordComponent component, Field field) {
        Class<?> type = component.getType();
        var bad = new HashMap<String, String>();
        if (type == String.class) {
            int max = maxLength(field);
            bad.put("holding NUL", "\"a\\u0000b\"");
            bad.put("holding a control character", "\"a\\u0007b\"");
            bad.put("holding a broken surrogate", "\"a\\ud800b\"");
            bad.put("as a number", "12");
            bad.put("as a list", "[\"a\"]");
            bad.put("one character over its bound", "\"" + "x".repeat(max + 1) + "\"");
            if (hasAnnotation(field, "ShortText")) {
                bad.put("holding a bidi override", "\"invoice\\u202Efdp.exe\"");
                bad.put("holding a line break", "\"two\\nlines\"");
            }
        } else if (List.class.isAssignableFrom(type)) {
            bad.put("holding null", "[null]");
            bad.put("as a string", "\"x\"");
            bad.put("holding a number", "[12]");
            int max = maxLength(field);
            if (max < 20_000) {
                bad.put("one element over its bound", "[" + String.join(",",
                        java.util.Collections.nCopies(max + 1, element(component))) + "]");
            }
            bad.put("holding an object with a NUL", "[{\"type\": \"a\\u0000\"}]");
        } else if (type == Instant.class) {
            bad.put("in the year 0", "\"0000-01-01T00:00:00Z\"");
            bad.put("in the year 99999", "\"+99999-01-01T00:00:00Z\"");
            bad.put("a billion years ago", "\"-1000000000-01-01T00:00:00Z\"");
            bad.put("on 30 February", "\"2026-02-30T08:00:00Z\"");
            bad.put("without offset", "\"2026-11-23T08:00:00\"");
            bad.put("as epoch seconds", "1700000000");
            bad.put("as 1e308", "1e308");
        } else if (type.isEnum()) {
            bad.put("an unknown code", "\"no-such-code\"");
            bad.put("as a number", "0");
        } else if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            bad.put("as a string", "\"12\"");
            bad.put("as a fraction", "1.5");
            bad.put("as 1e308", "1e308");
            bad.put("beyond any number", "99999999999999999999999");
        } else if (type == Boolean.class || type == boolean.class) {
            bad.put("as a string", "\"true\"");
            bad.put("as a number", "1");
        } else if (type == UUID.class) {
            bad.put("not a UUID", "\"not-a-uuid\"");
            bad.put("as a number", "12");
        } else {
            bad.put("as a string", "\"x\"");
        }
        if (type.isPrimitive() || hasAnnotation(field, "NotNull") || hasAnnotation(field, "NotBlank")) {
            bad.put("null", "null");
        }
        return bad;
    }

    private static String element(RecordComponent component) {
        Type type = component.getGenericType();
        if (type instanceof ParameterizedType list && list.getActualTypeArguments()[0] instanceof Class<?> element
                && element.isEnum()) {
            try {
                return JSON.writeValueAsString(element.getEnumConstants()[0]);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return "\"" + UUID.randomUUID() + "\"";
    }

    static int maxLength(Field field) {
        int max = 20_000;
        if (field == null) {
            return max;
        }
        for (var annotation : field.getAnnotations()) {
            try {
                var method = annotation.annotationType().getMethod("max");
                if (method.getReturnType() == int.class) {
                    max = Math.min(max, (int) method.invoke(annotation));
                }
            } catch (ReflectiveOperationException e) {
                // an annotation without a bound
            }
        }
        return max;
    }

    static boolean hasAnnotation(Field field, String simpleName) {
        return field != null && Stream.of(field.getAnnotations())
                .anyMatch(annotation -> annotation.annotationType().getSimpleName().equals(simpleName));
    }

    static Field field(Class<?> type, String name) {
        try {
            return type.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            return null;
        }
    }
}
