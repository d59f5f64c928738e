package eu.vigil.command.drill.web;

import eu.vigil.command.drill.scenario.ScenarioCatalogue;
import eu.vigil.contracts.drill.Exercise;
import eu.vigil.web.Prose;
import eu.vigil.web.ShortText;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import org.springframework.validation.Errors;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The form that starts a drill: a shipped scenario or {@value #NO_SCENARIO}, a title, and the clock: real time, an
 * hour in a minute, or a scale the officer chooses within the API's bounds.
 */
record StartDrillForm(
        @ShortText(max = 100) String scenario,
        @NotBlank @ShortText(max = 200) String title,
        @NotBlank @ShortText(max = 20) String clock,
        Integer chosenScale,
        @Prose(max = 6000) String participants,
        @ShortText(max = 100) String requestToken) {

    static final String NO_SCENARIO = "none";
    static final String REAL_TIME = "real-time";
    static final String HOUR_IN_A_MINUTE = "hour-in-a-minute";
    static final String CHOSEN = "chosen";

    /** No scenario chosen yet, an hour in a minute, and a fresh token so that a double submit starts one drill. */
    static StartDrillForm blank() {
        return new StartDrillForm(null, null, HOUR_IN_A_MINUTE, null, null, UUID.randomUUID().toString());
    }

    /** The scenario's id, null for none; an id not in the catalogue is rejected on its field. */
    String scenarioId(ScenarioCatalogue scenarios, Errors errors) {
        if (scenario == null || scenario.isBlank()) {
            errors.rejectValue("scenario", "drill.scenario.required");
            return null;
        }
        if (NO_SCENARIO.equals(scenario)) {
            return null;
        }
        if (scenarios.find(scenario).isEmpty() && !errors.hasFieldErrors("scenario")) {
            errors.rejectValue("scenario", "form.choice.unknown", new Object[]{scenario}, "not a shipped scenario");
        }
        return scenario;
    }

    /**
     * The participants' addresses, one per line (or separated by commas or spaces), each checked as the API checks
     * them ({@link StartDrillRequest}); the first wrong one is named beside the field.
     */
    List<String> participantAddresses(Validator validator, Errors errors) {
        if (participants == null || errors.hasFieldErrors("participants")) {
            return List.of();
        }
        List<String> addresses = Arrays.stream(participants.split("[\\s,;]+")).filter(text -> !text.isEmpty())
                .distinct().toList();
        if (addresses.size() > StartDrillRequest.MAX_PARTICIPANTS) {
            errors.rejectValue("participants", "drill.participants.tooMany",
                    new Object[]{StartDrillRequest.MAX_PARTICIPANTS}, "too many participants");
            return List.of();
        }
        validator.validateValue(StartDrillRequest.class, "participants", addresses).stream()
                .map(wrong -> wrong.getInvalidValue() instanceof String address ? address : wrong.getPropertyPath())
                .findFirst().ifPresent(wrong -> errors.rejectValue("participants", "drill.participants.invalid",
                        new Object[]{wrong.toString()}, "not an e-mail address"));
        return addresses;
    }

    /** How much faster than real time the drill runs; 0 when the clock is not one the form offers. */
    int scale(Errors errors) {
        if (clock == null || errors.hasFieldErrors("clock")) {
            return 0;
        }
        return switch (clock) {
            case REAL_TIME -> 1;
            case HOUR_IN_A_MINUTE -> 60;
            case CHOSEN -> {
                if (chosenScale == null || chosenScale < 1 || chosenScale > Exercise.MAX_SCALE) {
                    if (!errors.hasFieldErrors("chosenScale")) {
                        errors.rejectValue("chosenScale", "drill.chosenScale.range",
                                new Object[]{String.valueOf(Exercise.MAX_SCALE)}, "from 1 to " + Exercise.MAX_SCALE);
                    }
                    yield 0;
                }
                yield chosenScale;
            }
            default -> {
                errors.rejectValue("clock", "form.choice.unknown", new Object[]{clock}, "not a clock offered");
                yield 0;
            }
        };
    }
}
