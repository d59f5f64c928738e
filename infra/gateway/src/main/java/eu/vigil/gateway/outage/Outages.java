package eu.vigil.gateway.outage;

import java.time.Duration;
import java.util.Map;
import java.util.function.BiFunction;

import eu.vigil.gateway.web.ProblemTexts;
import eu.vigil.web.Pages;
import eu.vigil.web.ProblemType;
import eu.vigil.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The answer to a request its service could not answer: 503 (unreachable, with {@code Retry-After}), 504 (no
 * answer in time) or 502 (an unusable answer), as a problem of the catalogue, or the error page to a browser's
 * page navigation, both in the caller's language. Each is one warning line naming the route and the reason, without a
 * stack trace: an outage is not a bug of the gateway.
 */
@Component
public final class Outages {

    /** How long a client should wait before it tries an unreachable service again: about a service's restart. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(10);

    private static final Logger log = LoggerFactory.getLogger(Outages.class);

    private final ProblemTexts texts;

    Outages(ProblemTexts texts) {
        this.texts = texts;
    }

    /** Whether the proxy failed because of the service (or of a body too large to forward), not of the gateway. */
    public static boolean isUpstreamFailure(Throwable failure) {
        return UpstreamFailure.of(failure).isPresent();
    }

    /** Answers a request that the service of {@code route} could not answer (a route's {@code onError}). */
    public BiFunction<Throwable, ServerRequest, ServerResponse> answerFor(String route) {
        return (failure, request) -> answer(route, UpstreamFailure.of(failure).orElseThrow(), request);
    }

    private ServerResponse answer(String route, UpstreamFailure failure, ServerRequest request) {
        var type = failure.type();
        var response = ServerResponse.status(type.status());
        if (type == ProblemType.REQUEST_TOO_LARGE) {
            return problem(response, type);
        }
        // no path: a private calendar address holds its credential in the path
        log.warn("Route {} answered {} {}: {} (check that {} runs and answers in time)", route, type.status().value(),
                type.code(), failure.cause(), route);
        if (type == ProblemType.SERVICE_UNAVAILABLE) {
            response.header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER.toSeconds()));
        }
        if (Pages.isNavigation(request.servletRequest())) {
            return response.render("error/5xx", Map.of("status", type.status().value()));
        }
        return problem(response, type);
    }

    private ServerResponse problem(ServerResponse.BodyBuilder response, ProblemType type) {
        return response.contentType(MediaType.APPLICATION_PROBLEM_JSON).body(Problems.asMap(texts.of(type)));
    }
}
