package eu.vigil.notifier.rules;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.core.io.Resource;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;

/** Reads one rule file and refuses it, naming file and rule, when a field is missing or contradicts another. */
final class RuleFiles {

    private RuleFiles() {
    }

    static RuleFile read(ObjectMapper yaml, Resource resource) {
        String name = resource.getFilename();
        RuleFile file;
        try (var in = resource.getInputStream()) {
            file = yaml.readValue(in, RuleFile.class);
        } catch (IOException e) {
            throw new InvalidRuleFileException("Rule file " + name + " cannot be read: " + e.getMessage(), e);
        }
        require(name, "file", "regime", file.regime());
        require(name, "file", "jurisdiction", file.jurisdiction());
        require(name, "file", "ruleVersion", file.ruleVersion());
        if (file.rules() == null || file.rules().isEmpty()) {
            throw invalid(name, "file", "has no rules");
        }
        var ids = new HashSet<String>();
        for (DeadlineRule rule : file.rules()) {
            check(name, rule);
            if (!ids.add(rule.id())) {
                throw invalid(name, rule.id(), "appears twice");
            }
        }
        return file;
    }

    private static void check(String file, DeadlineRule rule) {
        require(file, "a rule", "id", rule.id());
        for (var field : List.of("title", "trigger", "offset", "recipient", "legalBasis", "source")) {
            Object value = switch (field) {
                case "title" -> rule.title();
                case "trigger" -> rule.trigger();
                case "offset" -> rule.offset();
                case "recipient" -> rule.recipient();
                case "legalBasis" -> rule.legalBasis();
                default -> rule.source();
            };
            require(file, rule.id(), field, value);
        }
        require(file, rule.id(), "offset.unit", rule.offset().unit());
        boolean counted = rule.offset().unit() == OffsetUnit.HOURS || rule.offset().unit() == OffsetUnit.MONTHS
                || rule.offset().unit() == OffsetUnit.WORKING_DAYS;
        if (counted != (rule.offset().amount() != null && rule.offset().amount() > 0)) {
            throw invalid(file, rule.id(), counted ? "needs a positive offset.amount for " + rule.offset().unit().code()
                    : "has an offset.amount, which " + rule.offset().unit().code() + " does not take");
        }
    }

    private static void require(String file, String rule, String field, Object value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            throw invalid(file, rule, "lacks " + field);
        }
    }

    private static InvalidRuleFileException invalid(String file, String rule, String problem) {
        return new InvalidRuleFileException("Rule file " + file + ": " + rule + " " + problem, null);
    }
}
