package eu.vigil.query.register.web;

import eu.vigil.query.live.LiveStreams;
import eu.vigil.security.EndpointRules;
import eu.vigil.security.VigilAccess;
import eu.vigil.security.VigilRole;
import eu.vigil.security.VigilUser;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The incident list's live stream (Server-Sent Events): {@code changed} names an incident of the caller's hospital
 * whose read model just changed, and the list fetches itself again. Ids only, never content.
 */
@RestController
class LiveIncidentsController {

    private final LiveStreams streams;

    LiveIncidentsController(LiveStreams streams) {
        this.streams = streams;
    }

    @Bean
    static EndpointRules liveIncidentsRules() {
        return rules -> rules.requestMatchers(HttpMethod.GET, "/live/incidents")
                .access(VigilAccess.inOwnHospital(VigilRole.SECURITY_OFFICER, VigilRole.DPO));
    }

    @GetMapping(path = "/live/incidents", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter incidents(@AuthenticationPrincipal VigilUser user) {
        return streams.watch(user.ownHospital(), null);
    }
}
