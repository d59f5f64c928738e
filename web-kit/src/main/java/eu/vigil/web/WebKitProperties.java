package eu.vigil.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import java.util.List;

/**
 * The edge's limits.
 *
 * @param maxBodyBytes   the largest request body (default 64 KiB: the longest report with every list full)
 * @param maxHeaderBytes the largest sum of request headers (default 16 KiB, below the container's own limit)
 * @param largerBodies   the few addresses that take a larger body (a file upload), each with its own limit; every
 *                       other address keeps {@code maxBodyBytes}. The gateway must list the same addresses, or it
 *                       refuses their bodies first
 */
@ConfigurationProperties("vigil.web")
public record WebKitProperties(@DefaultValue("65536") long maxBodyBytes, @DefaultValue("16384") long maxHeaderBytes,
                               List<LargerBody> largerBodies) {

    public WebKitProperties {
        largerBodies = largerBodies == null ? List.of() : List.copyOf(largerBodies);
    }

    /**
     * An address that takes a larger body.
     *
     * @param path     a path pattern such as {@code /api/obligations/{id}/receipt}: {@code {name}} and a star match
     *                 one segment; two stars (any depth) are refused, so that the allowance stays narrow
     * @param maxBytes its largest request body
     */
    public record LargerBody(String path, long maxBytes) {

        private static final PathPatternParser PARSER = new PathPatternParser();

        public LargerBody {
            if (path == null || !path.startsWith("/") || path.contains("**")) {
                throw new IllegalArgumentException("vigil.web.larger-bodies: a path of single segments, not " + path);
            }
            PARSER.parse(path); // a pattern that does not parse stops the service at startup, not at a request
        }

        boolean matches(String requestPath) {
            PathPattern pattern = PARSER.parse(path);
            return pattern.matches(PathContainer.parsePath(requestPath));
        }
    }

    /** The largest body this path takes: its {@link LargerBody}'s limit, or {@code maxBodyBytes}. */
    public long maxBodyBytes(String requestPath) {
        for (LargerBody larger : largerBodies) {
            if (larger.matches(requestPath)) {
                return larger.maxBytes();
            }
        }
        return maxBodyBytes;
    }
}
