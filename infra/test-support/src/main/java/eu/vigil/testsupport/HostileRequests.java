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

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
            for (var bad : HostileValues.badValues(component, HostileValues.field(bodyType, name)).entrySet()) {
                cases.add(new Case(name + " " + bad.getKey(), with(valid, name, bad.getValue()), json, 400,
                        "/" + name));
            }
        }
        return cases;
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
