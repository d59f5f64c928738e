package eu.vigil.testsupport;

import org.junit.jupiter.api.DynamicTest;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The authorisation matrix of a service: every endpoint its controllers map, called by every kind of caller,
 * with the exact status expected. An endpoint the table lacks fails the test, so a new endpoint needs its row.
 */
public final class AuthorisationMatrix {

    private static final HttpClient STREAM_CLIENT = HttpClient.newHttpClient();

    public static final List<String> ROLES = List.of("SECURITY_OFFICER", "DPO", "CERT_COORDINATOR", "ADMIN");
    private static final Set<String> HOSPITAL_ROLES = Set.of("SECURITY_OFFICER", "DPO");

    private AuthorisationMatrix() {
    }

    /**
     * Who calls.
     *
     * @param role        the token's role, or null when there is no valid token (then 401 is expected)
     * @param ownHospital whether the caller acts for the hospital the row's resource belongs to
     */
    public record Caller(String name, String token, String role, boolean ownHospital) {

        public boolean is(String expectedRole) {
            return expectedRole.equals(role);
        }

        public boolean isOwn(String... roles) {
            return ownHospital && List.of(roles).contains(role);
        }
    }

    /**
     * One endpoint and how to call it.
     *
     * @param endpoint the mapping as {@link #endpoints} names it, such as {@code GET /api/incidents/{incidentId}}
     * @param path     a concrete path for a resource of the own hospital
     * @param body     a valid body, or null
     * @param expected the exact status for a caller with a valid token
     * @param type     the body's media type: JSON for the API, form-urlencoded for a page's form
     * @param open     true for an endpoint that needs no login (its path holds the credential, as a private
     *                 calendar address does): a caller without a token then gets {@code expected}, not 401
     */
    public record Row(String endpoint, String path, String body, ToIntFunction<Caller> expected, MediaType type,
                      boolean open) {

        public Row(String endpoint, String path, String body, ToIntFunction<Caller> expected) {
            this(endpoint, path, body, expected, MediaType.APPLICATION_JSON, false);
        }

        /** A page's form post, with a body such as {@code summary=Phishing&category=fraud%2Fphishing}. */
        public static Row form(String endpoint, String path, String body, ToIntFunction<Caller> expected) {
            return new Row(endpoint, path, body, expected, MediaType.APPLICATION_FORM_URLENCODED, false);
        }

        /** An endpoint without login; a token that is invalid is still refused (401) before it is reached. */
        public static Row open(String endpoint, String path, ToIntFunction<Caller> expected) {
            return new Row(endpoint, path, null, expected, MediaType.APPLICATION_JSON, true);
        }

        HttpMethod method() {
            return HttpMethod.valueOf(endpoint.substring(0, endpoint.indexOf(' ')));
        }
    }

    /**
     * No token, an expired token, a token of another issuer; then each hospital role for the own and for another
     * hospital, and each role of no hospital.
     */
    public static List<Caller> callers(String ownHospital, String otherHospital) {
        var callers = new ArrayList<Caller>(List.of(
                new Caller("no token", null, null, false),
                new Caller("expired token", TestTokens.expired("u-expired", "SECURITY_OFFICER", ownHospital),
                        null, false),
                new Caller("token of another issuer",
                        TestTokens.fromAnotherIssuer("u-forged", "SECURITY_OFFICER", ownHospital), null, false)));
        for (String role : ROLES) {
            if (HOSPITAL_ROLES.contains(role)) {
                callers.add(new Caller(role + " of own hospital", TestTokens.bearer("u-" + role.toLowerCase() + "-own",
                        role, ownHospital), role, true));
                callers.add(new Caller(role + " of another hospital", TestTokens.bearer(
                        "u-" + role.toLowerCase() + "-other", role, otherHospital), role, false));
            } else {
                callers.add(new Caller(role, TestTokens.bearer("u-" + role.toLowerCase(), role, null), role, false));
            }
        }
        return List.copyOf(callers);
    }

    /** Every {@code METHOD /pattern} the application's controllers map; Spring's error controller excluded. */
    public static Set<String> endpoints(ApplicationContext context) {
        var mapping = context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        Set<String> endpoints = new TreeSet<>();
        mapping.getHandlerMethods().forEach((info, handler) -> {
            if (ErrorController.class.isAssignableFrom(handler.getBeanType())) {
                return;
            }
            Set<String> methods = info.getMethodsCondition().getMethods().isEmpty() ? Set.of("ANY")
                    : info.getMethodsCondition().getMethods().stream().map(Enum::name)
                            .collect(Collectors.toSet());
            for (String pattern : info.getPatternValues()) {
                methods.forEach(method -> endpoints.add(method + " " + pattern));
            }
        });
        return endpoints;
    }

    /** Fails unless the rows cover exactly the mapped endpoints; then one test per row and caller. */
    public static Stream<DynamicTest> tests(ApplicationContext context, TestRestTemplate http, List<Row> rows,
                                            List<Caller> callers) {
        assertThat(rows.stream().map(Row::endpoint).toList())
                .as("a row for every endpoint the controllers map, and none for an endpoint that is gone")
                .containsExactlyInAnyOrderElementsOf(endpoints(context));
        // a form post answers with a redirect to a page another service serves: the redirect itself is the answer
        var client = http.withRedirects(ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW);
        var streams = streamEndpoints(context);
        return rows.stream().flatMap(row -> callers.stream().map(caller -> {
            boolean anonymous = caller.token() == null;
            int expected = caller.role() == null && !(row.open() && anonymous) ? 401 : row.expected().applyAsInt(caller);
            return DynamicTest.dynamicTest(row.endpoint() + " by " + caller.name() + " answers " + expected, () -> {
                var answer = streams.contains(row.endpoint()) ? streamAnswer(http.getRootUri() + row.path(), caller)
                        : client.exchange(row.path(), row.method(), request(row, caller), String.class);
                assertThat(answer.getStatusCode().value()).as("%s %s by %s: %s", row.method(), row.path(),
                        caller.name(), answer.getBody()).isEqualTo(expected);
            });
        }));
    }

    // the endpoints that answer a live stream (Server-Sent Events), which never ends
    private static Set<String> streamEndpoints(ApplicationContext context) {
        var mapping = context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        Set<String> streams = new TreeSet<>();
        mapping.getHandlerMethods().forEach((info, handler) -> {
            if (info.getProducesCondition().getProducibleMediaTypes().contains(MediaType.TEXT_EVENT_STREAM)) {
                info.getPatternValues().forEach(pattern -> streams.add("GET " + pattern));
            }
        });
        return streams;
    }

    // a stream's status is its answer: its body is not waited for, and closing it drops the connection instead of
    // reading the stream to an end it never has (which the template's HTTP client would try)
    private static ResponseEntity<String> streamAnswer(String url, Caller caller) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url)).GET();
        if (caller.token() != null) {
            request.header(HttpHeaders.AUTHORIZATION, "Bearer " + caller.token());
        }
        var response = STREAM_CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        try (var body = response.body()) {
            boolean stream = response.headers().firstValue(HttpHeaders.CONTENT_TYPE)
                    .map(type -> type.startsWith(MediaType.TEXT_EVENT_STREAM_VALUE)).orElse(false);
            return ResponseEntity.status(response.statusCode())
                    .body(stream ? "(event stream)" : new String(body.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static HttpEntity<String> request(Row row, Caller caller) {
        var headers = new HttpHeaders();
        if (caller.token() != null) {
            headers.setBearerAuth(caller.token());
        }
        if (row.body() != null) {
            headers.setContentType(row.type());
        }
        return new HttpEntity<>(row.body(), headers);
    }
}
