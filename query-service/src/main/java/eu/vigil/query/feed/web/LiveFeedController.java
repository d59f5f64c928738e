package eu.vigil.query.feed.web;

import eu.vigil.query.live.LiveStreams;
import eu.vigil.security.EndpointRules;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The CERT feed's live stream (Server-Sent Events): {@code changed} says that a share changed, never which, and the
 * page fetches what its reader may read again.
 */
@RestController
class LiveFeedController {

    private final LiveStreams streams;

    LiveFeedController(LiveStreams streams) {
        this.streams = streams;
    }

    @Bean
    static EndpointRules liveFeedRules() {
        return rules -> rules.requestMatchers(HttpMethod.GET, "/live/cert/feed").authenticated();
    }

    @GetMapping(path = "/live/cert/feed", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter feed() {
        return streams.watchFeed();
    }
}
