package eu.vigil.gateway.openapi;

import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.setPath;
import static org.springframework.cloud.gateway.server.mvc.filter.LoadBalancerFilterFunctions.lb;
import static org.springframework.cloud.gateway.server.mvc.filter.TokenRelayFilterFunctions.tokenRelay;
import static org.springframework.cloud.gateway.server.mvc.handler.GatewayRouterFunctions.route;
import static org.springframework.cloud.gateway.server.mvc.handler.HandlerFunctions.http;
import static org.springframework.web.servlet.function.RequestPredicates.GET;

import java.util.stream.Stream;

import eu.vigil.gateway.outage.Outages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;

/** {@code /openapi/<service>.json} is that service's {@code /v3/api-docs}, read with the user's access token. */
@Configuration(proxyBeanMethods = false)
class OpenApiRoutes {

    static final String DOCUMENTS = "/openapi/";

    @Bean
    RouterFunction<ServerResponse> openApiDocuments(Outages outages) {
        return Stream.of("command-service", "query-service", "notifier")
                .map(service -> route("openapi-" + service)
                        .route(GET(DOCUMENTS + service + ".json"), http())
                        .filter(lb(service))
                        .before(setPath("/v3/api-docs"))
                        .filter(tokenRelay())
                        .onError(Outages::isUpstreamFailure, outages.answerFor(service))
                        .build())
                .reduce(RouterFunction::and).orElseThrow();
    }
}
