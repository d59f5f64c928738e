package eu.vigil.query.rebuild.web;

import eu.vigil.query.rebuild.ReadModelRebuilds;
import eu.vigil.security.EndpointRules;
import eu.vigil.security.VigilRole;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;
import java.util.List;

/**
 * The administrator's API to rebuild a read model from its topic: {@code POST} starts it (202, then follow the
 * {@code Location}), {@code GET} tells how far it has come. Counts only: no incident content.
 */
@RestController
class ReadModelApiController {

    private final ReadModelRebuilds rebuilds;
    private final Clock clock;

    ReadModelApiController(ReadModelRebuilds rebuilds, Clock clock) {
        this.rebuilds = rebuilds;
        this.clock = clock;
    }

    @Bean
    static EndpointRules readModelApiRules() {
        return rules -> rules
                .requestMatchers(HttpMethod.GET, "/api/read-models", "/api/read-models/*")
                    .hasRole(VigilRole.ADMIN.name())
                .requestMatchers(HttpMethod.POST, "/api/read-models/*/rebuild").hasRole(VigilRole.ADMIN.name());
    }

    @GetMapping("/api/read-models")
    List<ReadModelView> readModels() {
        return rebuilds.readModels().stream().map(this::view).toList();
    }

    @GetMapping("/api/read-models/{readModel}")
    ReadModelView readModel(@PathVariable String readModel) {
        return view(readModel);
    }

    @PostMapping("/api/read-models/{readModel}/rebuild")
    ResponseEntity<ReadModelView> rebuild(@PathVariable String readModel) {
        var started = rebuilds.start(readModel);
        return ResponseEntity.accepted().location(URI.create("/api/read-models/" + readModel))
                .body(ReadModelView.of(readModel, started, clock.instant()));
    }

    private ReadModelView view(String readModel) {
        return ReadModelView.of(readModel, rebuilds.latest(readModel).orElse(null), clock.instant());
    }
}
