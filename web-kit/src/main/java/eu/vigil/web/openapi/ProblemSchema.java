package eu.vigil.web.openapi;

import eu.vigil.web.Problems;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.media.Schema;

import java.util.List;
import java.util.Set;

/** The RFC 9457 problem as Vigil answers it, as a JSON Schema of OpenAPI 3.1. */
final class ProblemSchema {

    private ProblemSchema() {
    }

    static Schema<Object> reference() {
        return new Schema<>().$ref("#/components/schemas/" + ProblemDocumentation.PROBLEM_SCHEMA)
                .specVersion(SpecVersion.V31);
    }

    static Schema<Object> problem(List<DocumentedProblem> problems) {
        var type = typed("string").format("uri")
                .description("urn:vigil:problem:<code>; the types this service answers are listed in x-problem-types");
        type.setExamples(problems.stream().map(problem -> (Object) problem.type()).toList());
        var field = typed("object").description("A bad field: a JSON pointer into the body, or a parameter's name")
                .addProperty("pointer", typed("string")).addProperty("message", typed("string"));
        field.setRequired(List.of("pointer", "message"));
        var errors = typed("array").items(field).maxItems(Problems.MOST_ERRORS);
        var problem = typed("object").description("An RFC 9457 problem (application/problem+json)")
                .addProperty("type", type)
                .addProperty("title", typed("string").description("Stable for the type"))
                .addProperty("status", typed("integer").minimum(java.math.BigDecimal.valueOf(400))
                        .maximum(java.math.BigDecimal.valueOf(599)))
                .addProperty("detail", typed("string").description("What to do next, in the caller's language"))
                .addProperty("instance", typed("string").format("uri-reference"))
                .addProperty("errors", errors)
                .addProperty("moreErrors", typed("integer").minimum(java.math.BigDecimal.ONE)
                        .description("How many bad fields are not listed in errors"))
                .addProperty("value", typed("string").description("A prefix of the rejected value"));
        problem.setRequired(List.of("type", "title", "status"));
        return problem;
    }

    // OpenAPI 3.1 writes a schema's "types", 3.0 its "type": both are set, so either version reads it
    @SuppressWarnings("unchecked")
    private static Schema<Object> typed(String type) {
        var schema = new Schema<Object>().specVersion(SpecVersion.V31);
        schema.setType(type);
        schema.setTypes(Set.of(type));
        return schema;
    }
}
