package eu.vigil.command.incident.web;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * One choice in a form: the code it posts and the message key of its label.
 *
 * @param label a message key such as {@code severity.high}
 */
public record Option(String code, String label) {

    /** Every constant of an enum, labelled {@code <prefix><code>}, in the enum's order. */
    static <E extends Enum<E>> List<Option> all(E[] values, Function<E, String> codeOf, String prefix) {
        return Arrays.stream(values).map(value -> new Option(codeOf.apply(value), prefix + codeOf.apply(value)))
                .toList();
    }
}
