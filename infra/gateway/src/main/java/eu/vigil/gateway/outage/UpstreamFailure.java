package eu.vigil.gateway.outage;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Optional;

import eu.vigil.web.ProblemType;
import eu.vigil.web.RequestTooLargeException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.springframework.web.client.HttpServerErrorException;

/**
 * Why a request could not be proxied, read from the proxy's exception: the service is unreachable (503), did not
 * answer in time (504) or answered something unusable (502). A body that grew past the limit while it was
 * forwarded is the caller's fault (413); {@code WholeBodyFilter} reads a body without length whole before it is
 * forwarded, so this remains only as a safety net.
 *
 * @param type  the problem to answer
 * @param cause what went wrong, for the log: the I/O exception's class and message
 */
record UpstreamFailure(ProblemType type, String cause) {

    static Optional<UpstreamFailure> of(Throwable failure) {
        IOException io = null;
        for (Throwable cause = failure; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof RequestTooLargeException) {
                return Optional.of(new UpstreamFailure(ProblemType.REQUEST_TOO_LARGE, describe(cause)));
            }
            if (cause instanceof ConnectException || cause instanceof ConnectTimeoutException
                    || cause instanceof UnknownHostException || cause instanceof NoRouteToHostException) {
                return Optional.of(new UpstreamFailure(ProblemType.SERVICE_UNAVAILABLE, describe(cause)));
            }
            if (cause instanceof HttpServerErrorException e && e.getStatusCode().value() == 503) {
                // Spring Cloud LoadBalancer's answer when no instance of the service is up
                return Optional.of(new UpstreamFailure(ProblemType.SERVICE_UNAVAILABLE, describe(cause)));
            }
            if (cause instanceof SocketTimeoutException) {
                return Optional.of(new UpstreamFailure(ProblemType.GATEWAY_TIMEOUT, describe(cause)));
            }
            if (cause instanceof IOException e) {
                io = e; // the innermost says most
            }
        }
        return Optional.ofNullable(io).map(e -> new UpstreamFailure(ProblemType.BAD_GATEWAY, describe(e)));
    }

    static boolean isUpstreamFailure(Throwable failure) {
        return of(failure).isPresent();
    }

    private static String describe(Throwable cause) {
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}
