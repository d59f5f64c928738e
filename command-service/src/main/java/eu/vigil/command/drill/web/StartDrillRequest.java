package eu.vigil.command.drill.web;

import eu.vigil.command.drill.StartDrill;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.drill.Exercise;
import eu.vigil.web.ShortText;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A drill to start: a shipped scenario's id or none, a title, and how much faster than real time its clocks run
 * (1, real time, to 1440, a day in a minute), and the e-mail addresses its reminders go to (none: the hospital's DPO
 * and security officer). The hospital is the officer's, from the token.
 */
record StartDrillRequest(
        @ShortText(max = 100) String scenario,
        @NotBlank @ShortText(max = 200) String title,
        @NotNull @Min(1) @Max(Exercise.MAX_SCALE) Integer scale,
        @Size(max = MAX_PARTICIPANTS) List<@NotBlank @ShortText(max = 254) @Email String> participants) {

    static final int MAX_PARTICIPANTS = 20;

    StartDrill toCommand(UUID drillId, HospitalId hospital, Instant startedAt) {
        return new StartDrill(drillId, hospital, scenario, title, scale, startedAt,
                participants == null ? List.of() : participants.stream().map(String::strip).distinct().toList());
    }
}
