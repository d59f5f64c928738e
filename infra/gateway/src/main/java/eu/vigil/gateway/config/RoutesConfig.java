package eu.vigil.gateway.config;

import static org.springframework.cloud.gateway.server.mvc.filter.LoadBalancerFilterFunctions.lb;
import static org.springframework.cloud.gateway.server.mvc.filter.TokenRelayFilterFunctions.tokenRelay;
import static org.springframework.cloud.gateway.server.mvc.handler.GatewayRouterFunctions.route;
import static org.springframework.cloud.gateway.server.mvc.handler.HandlerFunctions.http;
import static org.springframework.web.servlet.function.RequestPredicates.GET;
import static org.springframework.web.servlet.function.RequestPredicates.POST;
import static org.springframework.web.servlet.function.RequestPredicates.PUT;
import static org.springframework.web.servlet.function.RequestPredicates.path;

import eu.vigil.gateway.outage.Outages;
import org.springframework.cloud.loadbalancer.annotation.LoadBalancerClients;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Which service answers which path. Order matters: command-service answers every change (any POST or PUT under
 * {@code /incidents} and {@code /api/incidents}), its forms (GET {@code /incidents/new} and the pages below an
 * incident, such as {@code /incidents/{id}/timeline/new}), the drills' pages ({@code /drills/**}) and the integrity
 * check; query-service then answers what
 * is left to read: the list and the incident page, the CERT feed and the officers' sector view, the drills' reports ({@code /drill-reports/**}), their live streams ({@code /live/**}, Server-Sent Events, which
 * the proxy flushes event by event), and ui-kit's styles and scripts, which every service carries.
 * Each consuming service serves its own page of parked records at {@code /admin/dead-letters/<service>}
 * (consumer-kit), so each such path goes to its service. TokenRelay adds the session user's access token; a request
 * that brings its own bearer token has no session and passes unchanged. A service that cannot answer is answered
 * for by {@link Outages} (503, 502, 504). Each route goes to one instance of its service in turn (Spring Cloud
 * LoadBalancer over the addresses of {@link GatewayProperties}: {@link ServiceInstances}).
 */
@Configuration(proxyBeanMethods = false)
@LoadBalancerClients(defaultConfiguration = ServiceInstances.class)
class RoutesConfig {

    static final String CSRF_HEADER = "X-XSRF-TOKEN";

    @Bean
    RouterFunction<ServerResponse> routes(Outages outages) {
        RouterFunction<ServerResponse> commands = route("command-service")
                .route(POST("/api/incidents/**").or(PUT("/api/incidents/**")).or(GET("/api/incidents/*/integrity"))
                        .or(path("/api/hospitals/**")).or(GET("/hospital")).or(GET("/api/drill-scenarios"))
                        .or(POST("/api/drills")).or(POST("/api/drills/*/end")).or(path("/drills/**"))
                        .or(GET("/incidents/new")).or(POST("/incidents/**")).or(GET("/incidents/*/*"))
                        .or(GET("/incidents/*/*/*")).or(GET("/incidents/*/*/*/*"))
                        .or(path("/admin/dead-letters/command-service/**")), http())
                .filter(lb("command-service"))
                .before(RoutesConfig::withCsrfToken)
                .filter(tokenRelay())
                .onError(Outages::isUpstreamFailure, outages.answerFor("command-service"))
                .build();
        RouterFunction<ServerResponse> queries = route("query-service")
                .route(GET("/api/incidents/**").or(GET("/incidents/**")).or(GET("/ui/**")).or(GET("/live/**"))
                        .or(path("/admin/dead-letters/query-service/**")).or(path("/api/read-models/**"))
                        .or(path("/admin/read-models/**")).or(GET("/cert/**")).or(GET("/api/cert/**"))
                        .or(GET("/taxii2/**")).or(GET("/sector")).or(GET("/api/sector/**"))
                        .or(GET("/drill-reports/**")).or(GET("/api/drill-reports/**")), http())
                .filter(lb("query-service"))
                .before(RoutesConfig::withCsrfToken)
                .filter(tokenRelay())
                .onError(Outages::isUpstreamFailure, outages.answerFor("query-service"))
                .build();
        RouterFunction<ServerResponse> notifier = route("notifier")
                .route(path("/api/seen-incidents/**").or(path("/seen-incidents/**")).or(path("/api/obligations/**"))
                        .or(path("/deadlines/**")).or(path("/api/calendars/**")).or(GET("/calendar/*"))
                        .or(path("/api/notification-profiles/**")).or(path("/admin/dead-letters/notifier/**"))
                        .or(path("/api/authorities/**")).or(GET("/api/schemas/**")).or(path("/authorities/**"))
                        .or(path("/api/breach-register/**")).or(path("/breach-register/**"))
                        .or(path("/breach-register.csv")).or(path("/breach-register.pdf"))
                        .or(GET("/hospital-profile/warning")).or(path("/hospital-profiles/**")), http())
                .filter(lb("notifier"))
                .before(RoutesConfig::withCsrfToken)
                .filter(tokenRelay())
                .onError(Outages::isUpstreamFailure, outages.answerFor("notifier"))
                .build();
        return commands.and(queries).and(notifier);
    }

    /**
     * The session's CSRF token, for the services' forms to echo in their {@code _csrf} field. The browser's
     * {@code XSRF-TOKEN} cookie cannot serve on the first page after login: that page's request left the browser
     * before the gateway set the cookie. Requests without a session (bearer tokens) have no token and get none.
     */
    private static ServerRequest withCsrfToken(ServerRequest request) {
        var token = (CsrfToken) request.servletRequest().getAttribute(CsrfToken.class.getName());
        if (token == null) {
            return request;
        }
        return ServerRequest.from(request).headers(headers -> headers.set(CSRF_HEADER, token.getToken())).build();
    }
}
