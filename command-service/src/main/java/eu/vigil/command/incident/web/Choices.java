package eu.vigil.command.incident.web;

import org.springframework.validation.Errors;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Turns the codes a form posts into the vocabulary's enums, rejecting on the field what is not one of them. */
public final class Choices {

    private Choices() {
    }

    /** @return null when nothing was chosen or the code is unknown (then rejected on the field) */
    public static <E> E one(String code, Function<String, E> fromCode, String field, Errors errors) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            return fromCode.apply(code);
        } catch (IllegalArgumentException unknown) {
            errors.rejectValue(field, "form.choice.unknown", new Object[]{code}, "Not one of the choices: " + code);
            return null;
        }
    }

    public static <E> List<E> many(List<String> codes, Function<String, E> fromCode, String field, Errors errors) {
        var chosen = new ArrayList<E>();
        for (String code : codes == null ? List.<String>of() : codes) {
            E value = one(code, fromCode, field, errors);
            if (value != null) {
                chosen.add(value);
            }
        }
        return chosen;
    }
}
