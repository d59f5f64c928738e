package eu.vigil.notifier.rules;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every deadline rule, read from the data files in {@code rules/*.yml} and checked when the notifier starts. For a
 * hospital's country, a national variant replaces the EU rule with the same id; rules without a variant fall back
 * to the EU baseline, marked as such.
 */
public final class RuleBook {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private final List<RuleFile> files;

    RuleBook(List<RuleFile> files) {
        this.files = List.copyOf(files);
    }

    /** The rule files shipped with the notifier. */
    public static RuleBook load() {
        try {
            return load(new PathMatchingResourcePatternResolver().getResources("classpath:rules/*.yml"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the rule files in rules/", e);
        }
    }

    /** @throws InvalidRuleFileException naming the file and the rule at fault */
    public static RuleBook load(Resource... resources) {
        var files = new ArrayList<RuleFile>();
        for (Resource resource : resources) {
            files.add(RuleFiles.read(YAML, resource));
        }
        return new RuleBook(files);
    }

    public List<RuleFile> files() {
        return files;
    }

    /** The rules of a regime ({@code nis2}, {@code gdpr}) for a hospital in this country (ISO alpha-2). */
    public List<ApplicableRule> rulesFor(String country, String regime) {
        Map<String, ApplicableRule> rules = new LinkedHashMap<>();
        files.stream().filter(file -> file.regime().equals(regime) && file.baseline()).forEach(file ->
                file.rules().forEach(rule -> rules.put(rule.id(),
                        new ApplicableRule(rule, file.jurisdiction(), file.ruleVersion(), true))));
        files.stream().filter(file -> file.regime().equals(regime) && file.jurisdiction().equals(country))
                .forEach(file -> file.rules().forEach(rule -> rules.put(rule.id(),
                        new ApplicableRule(rule, file.jurisdiction(), file.ruleVersion(), false))));
        boolean euWide = files.stream().noneMatch(file -> file.regime().equals(regime) && !file.baseline());
        return rules.values().stream()
                .map(applicable -> euWide && applicable.baselineFallback() // a regulation has no national variants
                        ? new ApplicableRule(applicable.rule(), applicable.jurisdiction(), applicable.ruleVersion(),
                        false)
                        : applicable)
                .toList();
    }
}
