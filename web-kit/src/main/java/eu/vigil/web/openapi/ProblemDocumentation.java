package eu.vigil.web.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.http.HttpStatus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Adds to a service's document what every Vigil API shares: the bearer scheme, the RFC 9457 problem schema, the
 * problems each operation can answer ({@code application/problem+json}, one named example per problem type of
 * that status) and, as {@code x-problem-types}, every problem type the service can answer.
 */
public class ProblemDocumentation implements OpenApiCustomizer {

    public static final String PROBLEM_JSON = "application/problem+json";
    public static final String BEARER = "bearer";
    static final String PROBLEM_SCHEMA = "Problem";

    // what any request can meet: a bad address or parameter, no or a bad token, a role, an unknown id, an Accept
    // header, a failure of ours
    private static final List<Integer> EVERY_REQUEST = List.of(400, 401, 403, 404, 406, 431, 500, 503);
    // what a request that changes something can meet besides: its body and the rules of the domain
    private static final List<Integer> EVERY_CHANGE = List.of(409, 413, 415, 422);
    private static final Set<PathItem.HttpMethod> READS = Set.of(PathItem.HttpMethod.GET, PathItem.HttpMethod.HEAD,
            PathItem.HttpMethod.OPTIONS);

    private final List<DocumentedProblem> problems;

    public ProblemDocumentation(List<DocumentedProblem> problems) {
        this.problems = List.copyOf(problems);
    }

    @Override
    public void customise(OpenAPI openApi) {
        var components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
        openApi.setComponents(components);
        components.addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                .bearerFormat("JWT").description("A token of the trusted identity provider; the gateway sends it "
                        + "for a logged-in browser."));
        openApi.setSecurity(List.of(new SecurityRequirement().addList(BEARER)));
        components.addSchemas(PROBLEM_SCHEMA, ProblemSchema.problem(problems));
        var statuses = new TreeSet<Integer>(EVERY_REQUEST);
        statuses.addAll(EVERY_CHANGE);
        statuses.forEach(status -> components.addResponses(responseName(status), response(status)));
        if (openApi.getPaths() != null) {
            openApi.getPaths().values().forEach(item -> item.readOperationsMap().forEach(this::addProblems));
        }
        openApi.addExtension("x-problem-types", problems.stream().map(problem -> {
            var listed = new LinkedHashMap<String, Object>();
            listed.put("type", problem.type());
            listed.put("status", problem.status());
            listed.put("title", problem.title());
            return listed;
        }).toList());
    }

    private void addProblems(PathItem.HttpMethod method, Operation operation) {
        var statuses = new TreeSet<Integer>(EVERY_REQUEST);
        if (!READS.contains(method) || operation.getRequestBody() != null) {
            statuses.addAll(EVERY_CHANGE);
        }
        var responses = operation.getResponses();
        statuses.forEach(status -> {
            String code = String.valueOf(status);
            if (responses.get(code) == null) {
                responses.addApiResponse(code, new ApiResponse().$ref("#/components/responses/" + responseName(status)));
            }
        });
    }

    private ApiResponse response(int status) {
        var examples = new LinkedHashMap<String, Example>();
        problems.stream().filter(problem -> problem.status() == status).forEach(problem -> {
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("type", problem.type());
            value.put("title", problem.title());
            value.put("status", problem.status());
            examples.put(problem.code(), new Example().summary(problem.title()).value(value));
        });
        var media = new MediaType().schema(ProblemSchema.reference());
        if (!examples.isEmpty()) {
            media.setExamples(examples);
        }
        return new ApiResponse().description(HttpStatus.valueOf(status).getReasonPhrase())
                .content(new Content().addMediaType(PROBLEM_JSON, media));
    }

    private static String responseName(int status) {
        return "problem-" + status;
    }
}
