package eu.vigil.contracts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.regex.Pattern;

import static com.fasterxml.jackson.annotation.JsonCreator.Mode.DELEGATING;

/**
 * Identifies one hospital (a tenant), such as {@code h-brugge}: lower-case letters, digits and hyphens,
 * 2 to 64 characters. Its JSON form is the bare string.
 */
public record HospitalId(String value) {

    private static final Pattern FORM = Pattern.compile("[a-z0-9][a-z0-9-]{1,63}");

    public HospitalId {
        Objects.requireNonNull(value, "value");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "A hospital id is 2 to 64 lower-case letters, digits and hyphens, not '" + value + "'");
        }
    }

    @JsonCreator(mode = DELEGATING)
    public static HospitalId of(String value) {
        return new HospitalId(value);
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
