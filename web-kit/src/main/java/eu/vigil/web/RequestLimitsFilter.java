package eu.vigil.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Collections;

/**
 * Refuses, before anything else reads them, headers larger than {@code vigil.web.max-header-bytes} (431) and a body
 * larger than {@code vigil.web.max-body-bytes} (413): by its declared length at once, or when a body sent without
 * one grows past the limit while it is read. An address listed in {@code vigil.web.larger-bodies} has its own limit.
 */
public class RequestLimitsFilter extends OncePerRequestFilter {

    private final WebKitProperties limits;
    private final ObjectMapper json;

    public RequestLimitsFilter(WebKitProperties limits, ObjectMapper json) {
        this.limits = limits;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (headerBytes(request) > limits.maxHeaderBytes()) {
            refuse(response, ProblemType.HEADERS_TOO_LARGE);
            return;
        }
        long length = request.getContentLengthLong();
        long limit = limits.maxBodyBytes(request.getRequestURI());
        if (length > limit) {
            refuse(response, ProblemType.REQUEST_TOO_LARGE);
            return;
        }
        chain.doFilter(length < 0 ? new Limited(request, limit) : request, response);
    }

    private static long headerBytes(HttpServletRequest request) {
        long bytes = 0;
        for (String name : Collections.list(request.getHeaderNames())) {
            for (String value : Collections.list(request.getHeaders(name))) {
                bytes += name.length() + value.length() + 4;
            }
        }
        return bytes;
    }

    private void refuse(HttpServletResponse response, ProblemType type) throws IOException {
        response.setStatus(type.status().value());
        response.setHeader("Connection", "close"); // the rest of an oversized body is not worth reading
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), Problems.asMap(Problems.of(type)));
    }

    private static final class Limited extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Counting(super.getInputStream(), limit);
            }
            return stream;
        }
    }

    private static final class Counting extends ServletInputStream {
        private final ServletInputStream in;
        private final long limit;
        private long read;

        Counting(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws RequestTooLargeException {
            read += n;
            if (read > limit) {
                throw new RequestTooLargeException(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
