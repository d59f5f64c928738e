package eu.vigil.contracts;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Stable lower-case codes for enums, so that the JSON and form values never depend on Java constant names. */
public final class Codes {

    private Codes() {
    }

    /** The default code of a constant: its name in lower case with hyphens, e.g. {@code DIVERTED_PATIENTS} → {@code diverted-patients}. */
    public static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** @throws IllegalArgumentException naming the accepted codes */
    public static <E extends Enum<E>> E parse(Class<E> type, String code, Function<E, String> codeOf) {
        return Arrays.stream(type.getEnumConstants())
                .filter(constant -> codeOf.apply(constant).equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + code + "' is not one of "
                        + Arrays.stream(type.getEnumConstants()).map(codeOf).collect(Collectors.joining(", "))));
    }
}
