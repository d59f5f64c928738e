package eu.vigil.command.incident.web.assessment;

import java.util.List;
import java.util.function.Function;

/** Current values back into the codes a form posts. */
final class AssessmentForms {

    private AssessmentForms() {
    }

    static <E> String codeOf(E value, Function<E, String> code) {
        return value == null ? null : code.apply(value);
    }

    static <E> List<String> codesOf(List<E> values, Function<E, String> code) {
        return values == null ? List.of() : values.stream().map(code).toList();
    }
}
