package eu.vigil.command.drill.scenario;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * By when an expectation should be met: an ISO 8601 duration after its inject ({@code PT30M}), or {@code LAW}, the
 * legal due instant of the obligation the action concerns (on the drill's clock).
 *
 * @param afterInject null for {@code LAW}
 */
public record ExpectedBy(Duration afterInject) {

    public static final String LAW_CODE = "LAW";
    public static final ExpectedBy LAW = new ExpectedBy(null);

    /** @throws IllegalArgumentException for anything but {@code LAW} or an ISO 8601 duration */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ExpectedBy parse(String text) {
        if (LAW_CODE.equals(text)) {
            return LAW;
        }
        try {
            return new ExpectedBy(Duration.parse(text));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("must be LAW or an ISO 8601 duration such as PT30M");
        }
    }

    public boolean law() {
        return afterInject == null;
    }

    public Optional<Duration> duration() {
        return Optional.ofNullable(afterInject);
    }

    @JsonValue
    public String code() {
        return law() ? LAW_CODE : afterInject.toString();
    }
}
