package eu.vigil.testsupport;

import eu.vigil.testsupport.AuthorisationMatrix.Caller;
import eu.vigil.testsupport.AuthorisationMatrix.Row;
import org.junit.jupiter.api.DynamicTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The forms' share of issue 12's hostile-input table: each text field of every form post of a service, its form
 * type from the service's mappings, a valid body and an allowed caller from its authorisation matrix rows.
 */
public final class HostileForms {

    private HostileForms() {
    }

    /**
     * The forms' share of the table: each text field of each form post holding NUL, a control character or more
     * than its bound. The form must come back (200) with the field's error, never redirect as if recorded, never
     * a 5xx, and record nothing.
     */
    public static Stream<DynamicTest> tests(ApplicationContext context, TestRestTemplate http, List<Row> rows,
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
            int max = HostileValues.maxLength(HostileValues.field(formType, name));
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
}
