package eu.vigil.gateway.config;

import org.springframework.cloud.gateway.server.mvc.filter.HttpHeadersFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.function.ServerRequest;

/**
 * Tells each service the address the user came through (X-Forwarded-Host, -Proto and -Port), so that an absolute
 * link a service writes, such as a private calendar address, names the gateway and not the service's own port.
 * Spring Cloud Gateway's own X-Forwarded filter adds these only for a peer listed in {@code trusted-proxies} and
 * otherwise strips them; a browser talks to the gateway directly, so it would get none. The values come from this
 * request as the gateway's Tomcat resolved it (behind the TLS proxy of the production profile, its forwarded
 * headers), never from what a client sent: those were removed before this filter (order 0) runs.
 */
@Component
class ForwardedAddress implements HttpHeadersFilter.RequestHttpHeadersFilter, Ordered {

    @Override
    public HttpHeaders apply(HttpHeaders input, ServerRequest request) {
        var servlet = request.servletRequest();
        var headers = new HttpHeaders();
        headers.addAll(input);
        boolean defaultPort = servlet.getServerPort() == (servlet.isSecure() ? 443 : 80);
        headers.set("X-Forwarded-Host",
                defaultPort ? servlet.getServerName() : servlet.getServerName() + ":" + servlet.getServerPort());
        headers.set("X-Forwarded-Proto", servlet.getScheme());
        headers.set("X-Forwarded-Port", String.valueOf(servlet.getServerPort()));
        return headers;
    }

    @Override
    public int getOrder() {
        return 1;
    }
}
