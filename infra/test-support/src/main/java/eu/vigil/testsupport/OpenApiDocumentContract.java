package eu.vigil.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a service's OpenAPI document must be (issue 15): valid OpenAPI 3.1, every endpoint the service maps an
 * operation with its problems, every problem type docs/problems.md lists for it in {@code x-problem-types}. A
 * service's {@code OpenApiDocumentIT} extends this on its real infrastructure.
 */
public abstract class OpenApiDocumentContract {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ROW = Pattern.compile("^\\| `([a-z0-9-]+)` \\| (\\d{3})\\b.*");
    private static final Pattern REGEX_VARIABLE = Pattern.compile("\\{([^}:]+):[^}]*}");

    @Autowired TestRestTemplate http;
    @Autowired ApplicationContext context;

    private final String service;

    /** @param service the service's name as the headings of docs/problems.md give it */
    protected OpenApiDocumentContract(String service) {
        this.service = service;
    }

    @Test
    void givenAnyLoggedInUserWhenTheyFetchTheDocumentThenItIsValidOpenApi31() {
        assertValidOpenApi31(document());
    }

    @Test
    void givenTheMappedControllersWhenTheDocumentIsFetchedThenEachEndpointIsAnOperationWithItsProblems() {
        assertEveryEndpointDocumented(context, read(document()));
    }

    @Test
    void givenTheCatalogueOfProblemsWhenTheDocumentIsFetchedThenEachTypeIsListedWithItsStatus() {
        assertEveryProblemTypeListed(read(document()), service);
    }

    private String document() {
        var headers = new HttpHeaders();
        headers.setBearerAuth(TestTokens.bearer("u-cert", "CERT_COORDINATOR", null)); // any role may read it
        var answer = http.exchange("/v3/api-docs", HttpMethod.GET, new HttpEntity<>(headers), String.class);
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
        return answer.getBody();
    }

    private static JsonNode read(String document) {
        try {
            return JSON.readTree(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every {@code METHOD /pattern} of {@link AuthorisationMatrix#endpoints} is an operation of the document. */
    private static void assertEveryEndpointDocumented(ApplicationContext context, JsonNode document) {
        var paths = document.path("paths");
        var endpoints = AuthorisationMatrix.endpoints(context).stream()
                .filter(endpoint -> !endpoint.startsWith("GET /v3/api-docs")) // the document, not in itself
                .toList();
        assertThat(endpoints).isNotEmpty().allSatisfy(endpoint -> {
            String method = endpoint.substring(0, endpoint.indexOf(' ')).toLowerCase(Locale.ROOT);
            String path = REGEX_VARIABLE.matcher(endpoint.substring(endpoint.indexOf(' ') + 1)).replaceAll("{$1}");
            assertThat(paths.path(path).has(method)).as("%s documented as %s %s", endpoint, method, path).isTrue();
            assertThat(paths.path(path).path(method).path("responses").path("401").path("$ref").asText())
                    .as("%s answers its problems", endpoint).isEqualTo("#/components/responses/problem-401");
        });
    }

    /**
     * Every problem type the page lists for all services (General) and for this one (a section whose heading
     * names it) is in {@code x-problem-types} with its status, and nothing else is.
     */
    private static void assertEveryProblemTypeListed(JsonNode document, String service) {
        var listed = new LinkedHashMap<String, Integer>();
        document.path("x-problem-types").forEach(problem ->
                listed.put(problem.path("type").asText(), problem.path("status").asInt()));
        assertThat(listed).containsExactlyInAnyOrderEntriesOf(catalogue(service));
        var examples = document.path("components").path("responses").path("problem-404").path("content")
                .path("application/problem+json").path("examples");
        assertThat(examples.has("not-found")).as("the 404 answer names its types as examples").isTrue();
    }

    /** The document parses as OpenAPI 3.1 with no message from the parser's validation. */
    private static void assertValidOpenApi31(String document) {
        var options = new ParseOptions();
        options.setResolve(true);
        var result = new OpenAPIV3Parser().readContents(document, null, options);
        assertThat(result.getMessages()).as("validation messages").isEmpty();
        assertThat(result.getOpenAPI().getOpenapi()).startsWith("3.1.");
        assertThat(result.getOpenAPI().getInfo().getTitle()).isNotBlank();
        assertThat(result.getOpenAPI().getInfo().getVersion()).isNotBlank();
        assertThat(result.getOpenAPI().getComponents().getSecuritySchemes()).containsKey("bearer");
    }

    // docs/problems.md, relative to the module that runs the test: type -> status
    private static Map<String, Integer> catalogue(String service) {
        String page;
        try {
            page = Files.readString(Path.of("../docs/problems.md"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var types = new LinkedHashMap<String, Integer>();
        boolean inSection = false;
        for (String line : page.split("\n")) {
            if (line.startsWith("## ")) {
                inSection = line.equals("## General") || line.contains("(" + service + ",")
                        || line.contains("(" + service + ")");
            } else if (inSection) {
                var row = ROW.matcher(line);
                if (row.matches()) {
                    types.put("urn:vigil:problem:" + row.group(1), Integer.parseInt(row.group(2)));
                }
            }
        }
        return types;
    }
}
