package eu.vigil.command.drill.scenario;

import eu.vigil.security.VigilRole;
import eu.vigil.web.TextRules;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** What Jackson cannot check in a scenario: presence, bounds, order and sense; the first problem is thrown. */
final class ScenarioChecks {

    static final Duration LATEST_INJECT = Duration.ofHours(72);
    static final Duration LONGEST_WAIT = Duration.ofHours(72);
    static final int MAX_ID = 64;
    static final int MAX_TITLE = 120;
    static final int MAX_DESCRIPTION = 1000;
    static final int MAX_INJECT_TEXT = 500;
    static final int MAX_INJECTS = 40;
    static final int MAX_EXPECTATIONS = 10;

    private static final Pattern KEBAB_CASE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Set<VigilRole> PARTICIPANTS = Set.of(VigilRole.SECURITY_OFFICER, VigilRole.DPO);

    private final String file;

    private ScenarioChecks(String file) {
        this.file = file;
    }

    static void check(String file, Scenario scenario) {
        new ScenarioChecks(file).scenario(scenario);
    }

    private void scenario(Scenario scenario) {
        present("/id", scenario.id());
        if (scenario.id().length() > MAX_ID || !KEBAB_CASE.matcher(scenario.id()).matches()) {
            throw invalid("/id", "must be kebab-case (a-z, 0-9 and single hyphens), at most " + MAX_ID + " characters");
        }
        texts("/title", scenario.title(), MAX_TITLE);
        texts("/description", scenario.description(), MAX_DESCRIPTION);
        present("/category", scenario.category());
        list("/injects", scenario.injects(), MAX_INJECTS);
        if (scenario.injects().isEmpty()) {
            throw invalid("/injects", "must hold at least one inject");
        }
        Duration previous = Duration.ZERO;
        for (int i = 0; i < scenario.injects().size(); i++) {
            previous = inject("/injects/" + i, scenario.injects().get(i), previous);
        }
    }

    private Duration inject(String pointer, Inject inject, Duration previous) {
        present(pointer + "/offset", inject.offset());
        if (inject.offset().isNegative() || inject.offset().compareTo(LATEST_INJECT) > 0) {
            throw invalid(pointer + "/offset", "must be from PT0S to " + LATEST_INJECT + " after the drill's start");
        }
        if (inject.offset().compareTo(previous) < 0) {
            throw invalid(pointer + "/offset",
                    "comes before the inject above it (" + previous + "): keep injects in order");
        }
        texts(pointer + "/text", inject.text(), MAX_INJECT_TEXT);
        list(pointer + "/expectations", inject.expectations(), MAX_EXPECTATIONS);
        for (int i = 0; i < inject.expectations().size(); i++) {
            expectation(pointer + "/expectations/" + i, inject.expectations().get(i));
        }
        return inject.offset();
    }

    private void expectation(String pointer, Expectation expectation) {
        present(pointer + "/who", expectation.who());
        if (!PARTICIPANTS.contains(expectation.who())) {
            throw invalid(pointer + "/who", "must be SECURITY_OFFICER or DPO, the hospital's participants");
        }
        present(pointer + "/what", expectation.what());
        if (!expectation.what().roles().contains(expectation.who())) {
            throw invalid(pointer + "/who", "cannot " + expectation.what() + " in Vigil: only "
                    + expectation.what().roles().stream().map(Enum::name).sorted().toList() + " can");
        }
        present(pointer + "/by", expectation.by());
        if (expectation.by().law() && expectation.what().obligationRuleId().isEmpty()) {
            throw invalid(pointer + "/by",
                    "is LAW, but " + expectation.what() + " has no legal deadline: give a duration");
        }
        expectation.by().duration().ifPresent(wait -> {
            if (wait.isNegative() || wait.isZero() || wait.compareTo(LONGEST_WAIT) > 0) {
                throw invalid(pointer + "/by", "must be LAW or a duration after the inject, above PT0S and at most "
                        + LONGEST_WAIT);
            }
        });
    }

    private void texts(String pointer, Translations translations, int max) {
        present(pointer, translations);
        for (Map.Entry<String, String> text : translations.byLanguage().entrySet()) {
            String at = pointer + "/" + text.getKey();
            present(at, text.getValue());
            if (text.getValue().isBlank()) {
                throw invalid(at, "is blank");
            }
            if (text.getValue().length() > max) {
                throw invalid(at, "must be at most " + max + " characters long");
            }
            var violation = TextRules.checkLine(text.getValue());
            if (violation != null) {
                throw invalid(at, String.format("must be one line without control or bidirectional characters "
                        + "(%s U+%04X at position %d)", violation.key(), violation.codePoint(), violation.index() + 1));
            }
        }
    }

    private void list(String pointer, List<?> list, int max) {
        present(pointer, list);
        if (list.size() > max) {
            throw invalid(pointer, "must hold at most " + max + " entries");
        }
    }

    private void present(String pointer, Object value) {
        if (value == null) {
            throw invalid(pointer, "is missing");
        }
    }

    private InvalidScenarioException invalid(String pointer, String problem) {
        return new InvalidScenarioException(file, pointer, problem, null);
    }
}
