package eu.vigil.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.vigil.testsupport.AuthorisationMatrix.Caller;
import eu.vigil.testsupport.AuthorisationMatrix.Row;
import org.junit.jupiter.api.DynamicTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same table of malformed and hostile requests against every JSON write endpoint of a service. The endpoints
 * and their body types come from the service's own mappings, a valid body and an allowed caller from its
 * authorisation matrix rows; each case changes one thing of that valid body. Every case must answer a problem
 * (400, or 413/415 for the body as a whole) that names the field, echo at most a short prefix, and record nothing.
 */
public final class HostileRequests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<HttpMethod> WRITES = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH);
    private static final int LONGEST_ANSWER = 4_000;
    private static final String PLACEHOLDER = "__hostile_value__";

    /** One malformed request: the body, its media type, the status and the pointer the answer must name. */
    record Case(String name, String body, MediaType type, int status, String pointer) {
    }

    private HostileRequests() {
    }

    /**
     * @param recorded counts what the service has recorded (its events), which no case may change
     */
    public static Stream<DynamicTest> tests(ApplicationContext context, TestRestTemplate http, List<Row> rows,
                                            List<Caller> callers, LongSupplier recorded) {
        Map<String, Class<?>> bodies = bodyTypes(context);
        assertThat(rows.stream().filter(row -> bodies.containsKey(row.endpoint()) && row.body() != null)
                .map(Row::endpoint).distinct().toList())
                .as("a row with a valid body for every endpoint that reads one")
                .containsExactlyInAnyOrderElementsOf(bodies.keySet());
        return rows.stream().filter(row -> bodies.containsKey(row.endpoint()) && row.body() != null)
                .flatMap(row -> {
                    Caller caller = callers.stream().filter(c -> c.token() != null && c.role() != null)
                            .filter(c -> row.expected().applyAsInt(c) / 100 == 2).findFirst().orElseThrow();
                    return cases(row.body(), bodies.get(row.endpoint())).stream().map(hostile ->
                            DynamicTest.dynamicTest(row.endpoint() + ": " + hostile.name(),
                                    () -> check(http, row, caller, hostile, recorded)));
                });
    }

    /**
     * The forms' share of the table: each text field of each form post holding NUL, a control character or more
     * than its bound. The form must come back (200) with the field's error, never redirect as if recorded, never
     * a 5xx, and record nothing.
     */
    public static Stream<DynamicTest> formTests(ApplicationContext context, TestRestTemplate http, List<Row> rows,
                                                List<Caller> callers, LongSupplier recorded) {
        Map<String, Class<?>> forms = formTypes(context);
        return rows.stream().filter(row -> forms.containsKey(row.endpoint()) && row.body() != null
                        && MediaType.APPLICATION_FORM_URLENCODED.equals(row.type()))
                .flatMap(row -> {
                    Caller caller = callers.stream().filter(c -> c.token() != null && c.role() != null)
                            .filter(c -> row.expected().applyAsInt(c) / 100 == 3).findFirst().orElseThrow();
                    return formCases(row.body(), forms.get(row.endpoint())).entrySet().stream().map(hostile ->
                            DynamicTest.dynamicTest(row.endpoint() + ": " + hostile.getKey(), () -> {
                                long before = recorded.getAsLong();
                                var headers = new HttpHeaders();
                                headers.setBearerAuth(caller.token());
                                headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
                                headers.setAccept(List.of(MediaType.TEXT_HTML));
                                var response = http.exchange(row.path(), row.method(),
                                        new HttpEntity<>(hostile.getValue(), headers), String.class);
                                assertThat(response.getStatusCode().value()).as("%s: %s", hostile.getKey(),
                                        response.getBody()).isEqualTo(200);
                                String field = hostile.getKey().substring(0, hostile.getKey().indexOf(' '));
                                boolean hidden = String.valueOf(response.getBody())
                                        .matches("(?s).*<input type=\"hidden\"[^>]*name=\"" + field + "\".*");
                                if (!hidden) { // a hidden field's error has no place to show; the form comes back
                                    assertThat(response.getBody()).as(hostile.getKey()).contains("field-error");
                                }
                                assertThat(recorded.getAsLong()).as("%s recorded nothing", hostile.getKey())
                                        .isEqualTo(before);
                            }));
                });
    }

    private static Map<String, String> formCases(String validBody, Class<?> formType) {
        var cases = new java.util.TreeMap<String, String>();
        for (RecordComponent component : formType.getRecordComponents()) {
            String name = component.getName();
            if (component.getType() != String.class || !validBody.matches("(^|.*&)" + name + "=.*")) {
                continue;
            }
            int max = maxLength(field(formType, name));
            cases.put(name + " holding NUL", withField(validBody, name, "a%00b"));
            cases.put(name + " holding a control character", withField(validBody, name, "a%07b"));
            cases.put(name + " one character over its bound", withField(validBody, name, "x".repeat(max + 1)));
        }
        return cases;
    }

    private static String withField(String body, String name, String encodedValue) {
        return body.replaceAll("(^|&)" + name + "=[^&]*", "$1" + name + "=" + encodedValue);
    }

    private static Map<String, Class<?>> formTypes(ApplicationContext context) {
        var mapping = context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        var forms = new HashMap<String, Class<?>>();
        mapping.getHandlerMethods().forEach((info, handler) -> Stream.of(handler.getMethodParameters())
                .filter(parameter -> parameter.hasParameterAnnotation(
                        org.springframework.web.bind.annotation.ModelAttribute.class))
                .<Class<?>>map(parameter -> parameter.getParameterType()).filter(Class::isRecord).findFirst()
                .ifPresent(form -> info.getMethodsCondition().getMethods().stream()
                        .filter(method -> method.name().equals("POST"))
                        .forEach(method -> info.getPatternValues().forEach(pattern ->
                                forms.put(method.name() + " " + pattern, form)))));
        return forms;
    }

    private static void check(TestRestTemplate http, Row row, Caller caller, Case hostile, LongSupplier recorded) {
        long before = recorded.getAsLong();
        var headers = new HttpHeaders();
        headers.setBearerAuth(caller.token());
        headers.setContentType(hostile.type());
        var response = http.exchange(row.path(), row.method(), new HttpEntity<>(hostile.body(), headers),
                String.class);
        String answer = String.valueOf(response.getBody());
        assertThat(response.getStatusCode().value()).as("%s: %s", hostile.name(), answer).isEqualTo(hostile.status());
        assertThat(response.getHeaders().getContentType()).as(hostile.name())
                .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(answer.length()).as("%s: the answer echoes at most a short prefix", hostile.name())
                .isLessThan(LONGEST_ANSWER);
        if (hostile.pointer() != null) {
            List<String> pointers = new ArrayList<>();
            read(answer).path("errors").forEach(error -> pointers.add(error.path("pointer").asText()));
            assertThat(pointers).as("%s names the field: %s", hostile.name(), answer)
                    .anyMatch(pointer -> pointer.startsWith(hostile.pointer()));
        }
        assertThat(recorded.getAsLong()).as("%s recorded nothing", hostile.name()).isEqualTo(before);
    }

    static List<Case> cases(String validBody, Class<?> bodyType) {
        ObjectNode valid = (ObjectNode) read(validBody);
        var cases = new ArrayList<Case>();
        var json = MediaType.APPLICATION_JSON;
        cases.add(new Case("an unknown property", with(valid, "zzUnknown", "1"), json, 400, "/zzUnknown"));
        cases.add(new Case("trailing data", validBody + " {}", json, 400, null));
        cases.add(new Case("not JSON", "{" + validBody, json, 400, null));
        cases.add(new Case("an empty body", "", json, 400, null));
        cases.add(new Case("an array for the body", "[" + validBody + "]", json, 400, null));
        cases.add(new Case("deep nesting", with(valid, "zzDeep", "[".repeat(200) + "]".repeat(200)), json, 400,
                null));
        cases.add(new Case("a body over the limit", with(valid, "zzPadding", "\"" + "x".repeat(70_000) + "\""),
                json, 413, null));
        cases.add(new Case("plain text", validBody, MediaType.TEXT_PLAIN, 415, null));
        String first = valid.fieldNames().next();
        cases.add(new Case("a duplicate key", validBody.replaceFirst("\\{", "{\"" + first + "\": "
                + valid.get(first) + ", "), json, 400, null));
        for (RecordComponent component : bodyType.getRecordComponents()) {
            String name = component.getName();
            for (var bad : badValues(component, field(bodyType, name)).entrySet()) {
                cases.add(new Case(name + " " + bad.getKey(), with(valid, name, bad.getValue()), json, 400,
                        "/" + name));
            }
        }
        return cases;
    }

    private static Map<String, String> badValues(RecordComponent component, Field field) {
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

    private static int maxLength(Field field) {
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

    private static boolean hasAnnotation(Field field, String simpleName) {
        return field != null && Stream.of(field.getAnnotations())
                .anyMatch(annotation -> annotation.annotationType().getSimpleName().equals(simpleName));
    }

    private static Field field(Class<?> type, String name) {
        try {
            return type.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    private static Map<String, Class<?>> bodyTypes(ApplicationContext context) {
        var mapping = context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        var bodies = new HashMap<String, Class<?>>();
        mapping.getHandlerMethods().forEach((info, handler) -> bodyType(handler).ifPresent(body ->
                info.getMethodsCondition().getMethods().stream()
                        .filter(method -> WRITES.contains(HttpMethod.valueOf(method.name())))
                        .forEach(method -> info.getPatternValues().forEach(pattern ->
                                bodies.put(method.name() + " " + pattern, body)))));
        return bodies;
    }

    private static java.util.Optional<Class<?>> bodyType(HandlerMethod handler) {
        return Stream.of(handler.getMethodParameters())
                .filter(parameter -> parameter.hasParameterAnnotation(RequestBody.class))
                .<Class<?>>map(parameter -> parameter.getParameterType())
                .filter(Class::isRecord).findFirst();
    }

    // The value goes in as written: a JSON tree would turn an escaped lone surrogate into '?' on the way out.
    private static String with(ObjectNode valid, String field, String value) {
        var body = valid.deepCopy();
        body.put(field, PLACEHOLDER);
        return body.toString().replace("\"" + PLACEHOLDER + "\"", value);
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException("not JSON: " + json, e);
        }
    }
}
