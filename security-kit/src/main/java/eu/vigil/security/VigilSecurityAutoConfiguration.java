package eu.vigil.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.observation.ObservationPredicate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.security.oauth2.resource.OAuth2ResourceServerProperties;
import org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Makes a servlet service an OAuth2 resource server: a token of the configured issuer and audience, unexpired,
 * becomes a {@link VigilUser}; the service's {@link EndpointRules} decide; anything else is denied.
 */
@AutoConfiguration(before = {OAuth2ResourceServerAutoConfiguration.class, SecurityAutoConfiguration.class,
        UserDetailsServiceAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties({SecurityProperties.class, OAuth2ResourceServerProperties.class})
public class VigilSecurityAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    JwtDecoder vigilJwtDecoder(OAuth2ResourceServerProperties properties) {
        return TrustedIssuerDecoder.from(properties.getJwt());
    }

    @Bean
    @ConditionalOnMissingBean(RequestRejectedHandler.class)
    RequestRejectedHandler firewallRefusals(ObjectMapper json) {
        return new RefusalProblems(json);
    }

    /**
     * Spring Security observes each filter of the chain, each authentication and each authorisation of every request:
     * spans no one reads here, at a cost that showed in command-service's profile (docs/benchmarks.md). The request's
     * own observation, its timer in the metrics, stays.
     */
    @Bean
    ObservationPredicate noSecurityObservations() {
        return (name, context) -> !name.startsWith("spring.security.");
    }

    /** A service's OpenAPI document (springdoc, completed by web-kit) is read by anyone logged in, whatever the role. */
    @Bean
    @ConditionalOnClass(name = "org.springdoc.webmvc.api.OpenApiWebMvcResource")
    EndpointRules openApiDocumentRules() {
        return rules -> rules.requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs.yaml").authenticated();
    }

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain vigilSecurityFilterChain(HttpSecurity http, JwtDecoder decoder, SecurityProperties security,
                                                 ObjectProvider<EndpointRules> endpointRules, ObjectMapper json)
            throws Exception {
        var refusals = new RefusalProblems(json);
        // bearer tokens only: the gateway owns browser sessions and their CSRF defence
        http.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .csrf(AbstractHttpConfigurer::disable)
            .formLogin(AbstractHttpConfigurer::disable)
            .httpBasic(AbstractHttpConfigurer::disable)
            .logout(AbstractHttpConfigurer::disable)
            .requestCache(AbstractHttpConfigurer::disable)
            .authorizeHttpRequests(rules -> {
                // ui-kit's styles and scripts are public, as any site's are: pages load them before any token matters
                rules.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus", "/error",
                                "/ui/**")
                     .permitAll();
                endpointRules.orderedStream().forEach(service -> service.apply(rules));
                rules.anyRequest().denyAll();
            })
            .oauth2ResourceServer(server -> server
                .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(new VigilJwtConverter(security.claims())))
                .authenticationEntryPoint(refusals)
                .accessDeniedHandler(refusals))
            .exceptionHandling(exceptions -> exceptions
                .authenticationEntryPoint(refusals)
                .accessDeniedHandler(refusals));
        return http.build();
    }
}
