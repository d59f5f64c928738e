package eu.vigil.web;

import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Spring MVC names the request's path as a problem's {@code instance}; a path that carries a long value (an id or a
 * name the caller made up) would echo all of it. Such an instance is left out: a problem echoes at most a short
 * prefix of what it refuses.
 */
@ControllerAdvice
class ProblemInstances implements ResponseBodyAdvice<Object> {

    static final int LONGEST_INSTANCE = 120;

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
                                  ServerHttpResponse response) {
        if (body instanceof ProblemDetail problem && problem.getInstance() != null
                && problem.getInstance().toString().length() > LONGEST_INSTANCE) {
            problem.setInstance(null);
        }
        return body;
    }
}
