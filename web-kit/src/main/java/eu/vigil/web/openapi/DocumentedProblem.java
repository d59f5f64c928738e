package eu.vigil.web.openapi;

import eu.vigil.web.ProblemType;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A problem type a service can answer, as its OpenAPI document lists it: web-kit's catalogue, then the service's
 * own domain rules, found as the {@code problem.<code>.title} keys of its default message bundle (the same keys
 * {@code RuleViolationProblems} answers with, so a rule cannot be answered without being listed).
 */
public record DocumentedProblem(String code, int status, String title) {

    private static final Pattern RULE_TITLE = Pattern.compile("problem\\.([a-z0-9-]+)\\.title");

    public String type() {
        return ProblemType.uri(code).toString();
    }

    /** The catalogue's types, then the rules of {@code rules}: 409 for its conflicts, 422 for the others. */
    public static List<DocumentedProblem> of(DomainRules domainRules) {
        var problems = new ArrayList<DocumentedProblem>();
        Arrays.stream(ProblemType.values())
                .map(type -> new DocumentedProblem(type.code(), type.status().value(), type.title()))
                .forEach(problems::add);
        rules(domainRules.bundle()).forEach((code, title) -> problems.add(new DocumentedProblem(code,
                domainRules.conflicts().contains(code) ? 409 : 422, title)));
        return List.copyOf(problems);
    }

    static Map<String, String> rules(String bundle) {
        var resource = new ClassPathResource(bundle);
        var rules = new TreeMap<String, String>();
        if (!resource.exists()) {
            return rules;
        }
        try {
            PropertiesLoaderUtils.loadProperties(resource).forEach((key, title) -> {
                var rule = RULE_TITLE.matcher(key.toString());
                if (rule.matches()) {
                    rules.put(rule.group(1), title.toString());
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + bundle, e);
        }
        return rules;
    }
}
