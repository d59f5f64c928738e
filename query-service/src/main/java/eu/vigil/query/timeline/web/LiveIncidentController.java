package eu.vigil.query.timeline.web;

import eu.vigil.query.live.LiveStreams;
import eu.vigil.query.register.IncidentNotFoundException;
import eu.vigil.query.timeline.IncidentHistory;
import eu.vigil.query.timeline.IncidentTimeline;
import eu.vigil.security.EndpointRules;
import eu.vigil.security.HospitalScope;
import eu.vigil.security.VigilAccess;
import eu.vigil.security.VigilRole;
import eu.vigil.security.VigilUser;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.util.UUID;

/**
 * An incident page's live stream (Server-Sent Events): {@code changed} says the incident's read model just changed,
 * and the page fetches itself again. Another hospital's incident answers 404, as its page does.
 */
@RestController
class LiveIncidentController {

    private final LiveStreams streams;
    private final IncidentTimeline timeline;

    LiveIncidentController(LiveStreams streams, IncidentTimeline timeline) {
        this.streams = streams;
        this.timeline = timeline;
    }

    @Bean
    static EndpointRules liveIncidentRules() {
        return rules -> rules.requestMatchers(HttpMethod.GET, "/live/incidents/*")
                .access(VigilAccess.inOwnHospital(VigilRole.SECURITY_OFFICER, VigilRole.DPO));
    }

    @GetMapping(path = "/live/incidents/{incidentId}", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter incident(@PathVariable UUID incidentId, @AuthenticationPrincipal VigilUser user) {
        var history = HospitalScope.ownOnly(timeline.find(incidentId), IncidentHistory::hospitalId, user)
                .orElseThrow(() -> new IncidentNotFoundException(incidentId));
        return streams.watch(history.hospitalId(), incidentId);
    }
}
