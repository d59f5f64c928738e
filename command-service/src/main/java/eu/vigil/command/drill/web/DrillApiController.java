package eu.vigil.command.drill.web;

import eu.vigil.command.drill.ArchiveDrill;
import eu.vigil.command.drill.DeleteDrill;
import eu.vigil.command.drill.DrillNotFoundException;
import eu.vigil.command.drill.EndDrill;
import eu.vigil.command.drill.scenario.ScenarioCatalogue;
import eu.vigil.contracts.HospitalId;
import eu.vigil.security.EndpointRules;
import eu.vigil.security.VigilAccess;
import eu.vigil.security.VigilRole;
import eu.vigil.security.VigilUser;
import eu.vigil.web.FieldProblem;
import eu.vigil.web.ProblemType;
import eu.vigil.web.Problems;
import jakarta.validation.Valid;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Starting, ending, archiving and deleting a hospital's drill, and recording its lessons learned: its security
 * officer's, as reporting its incidents is. An administrator
 * has no hospital, so does not start one.
 */
@RestController
class DrillApiController {

    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final DrillCommands commands;
    private final ScenarioCatalogue scenarios;
    private final Clock clock;

    DrillApiController(DrillCommands commands, ScenarioCatalogue scenarios, Clock clock) {
        this.commands = commands;
        this.scenarios = scenarios;
        this.clock = clock;
    }

    @Bean
    static EndpointRules drillRules() {
        return rules -> rules.requestMatchers(HttpMethod.POST, "/api/drills", "/api/drills/*/end",
                        "/api/drills/*/archive")
                .access(VigilAccess.inOwnHospital(VigilRole.SECURITY_OFFICER))
                .requestMatchers(HttpMethod.PUT, "/api/drills/*/lessons")
                .access(VigilAccess.inOwnHospital(VigilRole.SECURITY_OFFICER))
                .requestMatchers(HttpMethod.DELETE, "/api/drills/*")
                .access(VigilAccess.inOwnHospital(VigilRole.SECURITY_OFFICER));
    }

    /** A retry under the same {@code Idempotency-Key} names the same drill and answers as the first attempt did. */
    @PostMapping("/api/drills")
    ResponseEntity<?> start(@Valid @RequestBody StartDrillRequest request,
                            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                            @AuthenticationPrincipal VigilUser user) {
        if (request.scenario() != null && scenarios.find(request.scenario()).isEmpty()) {
            return ResponseEntity.badRequest().body(Problems.invalid(List.of(
                    new FieldProblem("/scenario", "is not a shipped scenario; GET /api/drill-scenarios lists them"))));
        }
        var id = key == null || key.isBlank() ? UUID.randomUUID() : UUID.nameUUIDFromBytes(
                ("drill:" + user.ownHospital() + "/" + user.userId() + "/" + key.strip())
                        .getBytes(StandardCharsets.UTF_8));
        try {
            commands.send(request.toCommand(id, HospitalId.of(user.ownHospital()), clock.instant()), user);
        } catch (AggregateStreamCreationException alreadyStarted) {
            if (key == null || key.isBlank()) {
                throw alreadyStarted;
            }
        }
        return ResponseEntity.created(URI.create("/api/drills/" + id)).body(new DrillResponse(id));
    }

    @PostMapping("/api/drills/{id}/end")
    DrillResponse end(@PathVariable UUID id, @AuthenticationPrincipal VigilUser user) {
        try {
            commands.send(new EndDrill(id, HospitalId.of(user.ownHospital()), clock.instant()), user);
        } catch (AggregateNotFoundException | IncompatibleAggregateException unknownOrNotADrill) {
            throw new DrillNotFoundException(id);
        }
        return new DrillResponse(id);
    }

    /** Only an ended drill is archived (409 {@code drill-running} otherwise); archiving it again records nothing. */
    @PostMapping("/api/drills/{id}/archive")
    DrillResponse archive(@PathVariable UUID id, @AuthenticationPrincipal VigilUser user) {
        try {
            commands.send(new ArchiveDrill(id, HospitalId.of(user.ownHospital()), clock.instant()), user);
        } catch (AggregateNotFoundException | IncompatibleAggregateException unknownOrNotADrill) {
            throw new DrillNotFoundException(id);
        }
        return new DrillResponse(id);
    }

    /**
     * Deletes an ended drill (ADR 0023): 409 {@code drill-running} while it runs; a deleted drill is unknown (404).
     * Its events and its incidents' leave the event store with the publishing processor's next batch.
     */
    @DeleteMapping("/api/drills/{id}")
    ResponseEntity<Void> delete(@PathVariable UUID id, @AuthenticationPrincipal VigilUser user) {
        try {
            commands.send(new DeleteDrill(id, HospitalId.of(user.ownHospital()), clock.instant()), user);
        } catch (AggregateNotFoundException | IncompatibleAggregateException unknownOrNotADrill) {
            throw new DrillNotFoundException(id);
        }
        return ResponseEntity.noContent().build();
    }

    /** The same text again records nothing and answers the same. */
    @PutMapping("/api/drills/{id}/lessons")
    DrillResponse recordLessons(@PathVariable UUID id, @Valid @RequestBody RecordLessonsRequest request,
                                @AuthenticationPrincipal VigilUser user) {
        try {
            commands.send(request.toCommand(id, HospitalId.of(user.ownHospital()), clock.instant()), user);
        } catch (AggregateNotFoundException | IncompatibleAggregateException unknownOrNotADrill) {
            throw new DrillNotFoundException(id);
        }
        return new DrillResponse(id);
    }

    @ExceptionHandler
    ProblemDetail unknownDrill(DrillNotFoundException e) {
        return Problems.of(ProblemType.NOT_FOUND, "Your hospital has no such drill.");
    }
}
