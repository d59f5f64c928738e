package eu.vigil.web.openapi;

import eu.vigil.web.ProblemType;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemDocumentationTest {

    private static final DomainRules RULES = new DomainRules("openapi/rules.properties", Set.of("report-closed"));

    @Test
    void aReadAnswersTheProblemsOfAnyRequestButNoRuleOfTheDomain() {
        var document = documentWith(new PathItem().get(operation()));

        new ProblemDocumentation(DocumentedProblem.of(RULES)).customise(document);

        var responses = document.getPaths().get("/api/things").getGet().getResponses();
        assertThat(responses).containsKeys("200", "400", "401", "403", "404", "406", "500", "503")
                .doesNotContainKeys("409", "413", "415", "422");
        assertThat(responses.get("401").get$ref()).isEqualTo("#/components/responses/problem-401");
    }

    @Test
    void aChangeAlsoAnswersItsBodysProblemsAndTheRulesOfTheDomain() {
        var document = documentWith(new PathItem().post(operation().requestBody(new RequestBody())));

        new ProblemDocumentation(DocumentedProblem.of(RULES)).customise(document);

        assertThat(document.getPaths().get("/api/things").getPost().getResponses())
                .containsKeys("409", "413", "415", "422");
        var conflicts = document.getComponents().getResponses().get("problem-409").getContent()
                .get(ProblemDocumentation.PROBLEM_JSON).getExamples();
        assertThat(conflicts).containsKeys("conflict", "replay-failed", "report-closed")
                .doesNotContainKey("date-in-future");
    }

    @Test
    void everyTypeOfTheCatalogueAndEveryRuleOfTheBundleIsListedWithItsStatus() {
        var document = documentWith(new PathItem().get(operation()));

        new ProblemDocumentation(DocumentedProblem.of(RULES)).customise(document);

        @SuppressWarnings("unchecked")
        var listed = (List<Map<String, Object>>) document.getExtensions().get("x-problem-types");
        assertThat(listed).hasSize(ProblemType.values().length + 2)
                .contains(Map.of("type", "urn:vigil:problem:report-closed", "status", 409, "title", "Report closed"),
                        Map.of("type", "urn:vigil:problem:date-in-future", "status", 422,
                                "title", "Date in the future"),
                        Map.of("type", "urn:vigil:problem:not-found", "status", 404, "title", "Not found"));
        assertThat(document.getComponents().getSecuritySchemes()).containsKey(ProblemDocumentation.BEARER);
        assertThat(document.getComponents().getSchemas()).containsKey("Problem");
    }

    private static OpenAPI documentWith(PathItem item) {
        return new OpenAPI().paths(new Paths().addPathItem("/api/things", item));
    }

    private static Operation operation() {
        return new Operation().responses(new ApiResponses().addApiResponse("200", new ApiResponse()));
    }
}
