package eu.vigil.gateway.config;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpComponentsClientHttpRequestFactoryBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The proxy's connections to the services. Apache HttpClient's pool allows 5 connections to a service by default,
 * and each open page with live updates holds one for as long as its stream lasts (query-service's {@code /live/**}):
 * five open incident pages made every other request to query-service (its pages, and ui-kit's styles and scripts
 * for every page) wait three minutes and fail with 502, which issue 19's page suite found. Tomcat's 200 threads
 * (each proxied stream holds one) are the bound now. The timeouts stay those of {@code spring.http.client}.
 */
@Configuration(proxyBeanMethods = false)
class ProxyClientConfig {

    static final int CONNECTIONS_PER_SERVICE = 200;

    @Bean
    HttpComponentsClientHttpRequestFactoryBuilder clientHttpRequestFactoryBuilder() {
        return ClientHttpRequestFactoryBuilder.httpComponents().withConnectionManagerCustomizer(pool -> pool
                .setMaxConnPerRoute(CONNECTIONS_PER_SERVICE).setMaxConnTotal(3 * CONNECTIONS_PER_SERVICE));
    }
}
