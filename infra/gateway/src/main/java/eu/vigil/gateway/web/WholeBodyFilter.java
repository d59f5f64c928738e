package eu.vigil.gateway.web;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.vigil.web.ProblemType;
import eu.vigil.web.Problems;
import eu.vigil.web.RequestTooLargeException;
import eu.vigil.web.WebKitProperties;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads a body sent without a declared length (chunked) whole, up to {@code vigil.web.max-body-bytes}, before the
 * request is forwarded, and refuses it with 413 {@code request-too-large} when it grows past the limit: the service
 * receives nothing of it. Streamed as it arrived, the proxy would already have sent the first 64 KiB when the limit
 * was reached, and a prefix that happens to be a complete command could be recorded although the caller was told
 * 413. A body with a declared length is left to stream: web-kit's {@code RequestLimitsFilter} has refused it already
 * if that length is over the limit, and the container reads no more than it declares. A form POST is left to the
 * container, which parses its fields itself (Spring Security and the gateway's form filter read them).
 * An address listed in {@code vigil.web.larger-bodies} (a receipt's upload) is read up to its own limit instead.
 * <p>
 * Runs after Spring Security's filters, so that a request without credentials or CSRF token is refused (401, 403)
 * without its body being read; the refusal is audited on {@code eu.vigil.audit} and speaks the caller's language.
 */
@Component
public class WholeBodyFilter extends OncePerRequestFilter implements Ordered {

    private static final Logger audit = LoggerFactory.getLogger("eu.vigil.audit");

    private final WebKitProperties limits;
    private final ProblemTexts texts;
    private final ObjectMapper json;

    public WholeBodyFilter(WebKitProperties limits, ProblemTexts texts, ObjectMapper json) {
        this.limits = limits;
        this.texts = texts;
        this.json = json;
    }

    @Override
    public int getOrder() {
        return SecurityProperties.DEFAULT_FILTER_ORDER + 1;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() >= 0 || isFormPost(request)) {
            chain.doFilter(request, response);
            return;
        }
        long limit = limits.maxBodyBytes(request.getRequestURI());
        byte[] body;
        try {
            // one byte more than the limit tells a body of exactly the limit from a longer one
            body = request.getInputStream().readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE));
        } catch (RequestTooLargeException e) { // web-kit's RequestLimitsFilter counts the same stream
            body = null;
        }
        if (body == null || body.length > limit) {
            refuse(request, response);
            return;
        }
        chain.doFilter(new WholeBody(request, body), response);
    }

    /** A form the container parses into parameters itself (Tomcat's {@code parseBodyMethods}: POST only). */
    private static boolean isFormPost(HttpServletRequest request) {
        String type = request.getContentType();
        return "POST".equals(request.getMethod()) && type != null
                && type.toLowerCase(Locale.ROOT).startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var type = ProblemType.REQUEST_TOO_LARGE;
        var user = SecurityContextHolder.getContext().getAuthentication();
        audit.info("AUDIT refused status={} reason={} user={} method={} path={}", type.status().value(),
                type.code(),
                user == null || user instanceof AnonymousAuthenticationToken ? "-" : user.getName(),
                request.getMethod(), request.getRequestURI().replaceAll("[^\\p{Graph}]", "_"));
        response.setStatus(type.status().value());
        response.setHeader(HttpHeaders.CONNECTION, "close"); // the rest of an oversized body is not worth reading
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), Problems.asMap(texts.of(type)));
    }

    /** The request with its body already read: the proxy forwards these bytes, complete. */
    private static final class WholeBody extends HttpServletRequestWrapper {
        private final byte[] body;
        private ServletInputStream stream;

        WholeBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            if (stream == null) {
                stream = new Bytes(body);
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }

    private static final class Bytes extends ServletInputStream {
        private final ByteArrayInputStream in;

        Bytes(byte[] body) {
            this.in = new ByteArrayInputStream(body);
        }

        @Override
        public int read() {
            return in.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            return in.read(buffer, offset, length);
        }

        @Override
        public boolean isFinished() {
            return in.available() == 0;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
            try {
                if (!isFinished()) {
                    listener.onDataAvailable();
                }
                listener.onAllDataRead();
            } catch (IOException e) {
                listener.onError(e);
            }
        }
    }
}
