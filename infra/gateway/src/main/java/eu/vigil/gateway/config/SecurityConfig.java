package eu.vigil.gateway.config;

import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.vigil.gateway.refusal.RefusalHandlers;
import eu.vigil.gateway.web.CsrfCookieFilter;
import eu.vigil.gateway.web.ProblemTexts;
import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Two chains: API clients with their own bearer token pass through statelessly (the services check the token);
 * everyone else gets the browser session with OIDC login, CSRF defence and the saved request. A request without
 * session nor usable bearer token has nothing to forge, so it is not asked for a CSRF token: on the API it answers
 * 401, on a page the login.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    private static final String LOGIN = "/oauth2/authorization/vigil";
    private static final RequestMatcher API = request -> request.getRequestURI()
            .startsWith(request.getContextPath() + "/api/");
    // RFC 6750 b64token: an empty "Bearer " is no token and is refused here rather than forwarded
    private static final Pattern BEARER_TOKEN = Pattern.compile("(?i)Bearer +[A-Za-z0-9._~+/-]+=*\\s*");
    // the services' OpenAPI documents: an API client reads them with its own token, as a browser does with its session
    private static final RequestMatcher OPENAPI_DOCUMENT = request -> request.getRequestURI()
            .matches(Pattern.quote(request.getContextPath() + "/openapi/") + "[a-z-]+\\.json");
    // the CERT's TAXII 2.1 server: its clients (MISP, OpenCTI, other CERTs' tools) are machines with a token
    private static final RequestMatcher TAXII = request -> request.getRequestURI()
            .startsWith(request.getContextPath() + "/taxii2/");
    private static final RequestMatcher BEARER = request -> (API.matches(request) || OPENAPI_DOCUMENT.matches(request)
            || TAXII.matches(request))
            && BEARER_TOKEN.matcher(String.valueOf(request.getHeader("Authorization"))).matches();
    // CSRF forges a request with the browser's session cookie; one without a session acts for nobody
    private static final RequestMatcher BROWSER_SESSION = request -> request.getRequestedSessionId() != null
            || request.getSession(false) != null;

    private final GatewayProperties properties;
    private final String issuer;
    private final RefusalHandlers refusals;

    SecurityConfig(GatewayProperties properties, ObjectMapper json, ProblemTexts texts,
                   @Value("${spring.security.oauth2.client.provider.vigil.issuer-uri}") String issuer) {
        this.properties = properties;
        this.issuer = issuer;
        this.refusals = new RefusalHandlers(API, json, texts);
    }

    @Bean
    @Order(1)
    SecurityFilterChain bearerClients(HttpSecurity http) throws Exception {
        http.securityMatcher(BEARER)
            .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
            .csrf(csrf -> csrf.disable()) // a bearer token is not sent by the browser on its own
            .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .securityContext(context -> context.securityContextRepository(
                    new RequestAttributeSecurityContextRepository()))
            .requestCache(cache -> cache.requestCache(new NullRequestCache()));
        return headers(http).build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain browsers(HttpSecurity http, ClientRegistrationRepository registrations) throws Exception {
        var savedRequests = new HttpSessionRequestCache();
        savedRequests.setRequestMatcher(request -> HttpMethod.GET.matches(request.getMethod())
                && !API.matches(request));
        var logout = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        logout.setPostLogoutRedirectUri("{baseUrl}/");
        http.authorizeHttpRequests(requests -> requests
                .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                // browsers fetch /favicon.ico by themselves: were it protected, it would start a second login that
                // replaces the pending one in the session, and the real login would then fail
                // the metrics Prometheus scrapes, open as each service's are (security-kit)
                .requestMatchers("/actuator/health/**", "/actuator/prometheus", "/error", "/login-failed", "/css/**",
                        "/ui/**", "/favicon.ico").permitAll()
                // a private calendar address: calendar clients cannot log in, the token in the path is the credential
                .requestMatchers(HttpMethod.GET, "/calendar/*").permitAll()
                .anyRequest().authenticated())
            .oauth2Login(login -> login.loginPage(LOGIN).failureUrl("/login-failed"))
            .logout(out -> out.logoutSuccessHandler(logout))
            .csrf(csrf -> csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                    .requireCsrfProtectionMatcher(new AndRequestMatcher(CsrfFilter.DEFAULT_CSRF_MATCHER,
                            BROWSER_SESSION))
                    .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())) // raw cookie value accepted
            .addFilterAfter(new CsrfCookieFilter(), CsrfFilter.class)
            .requestCache(cache -> cache.requestCache(savedRequests))
            .exceptionHandling(exceptions -> exceptions
                    .defaultAuthenticationEntryPointFor(refusals.apiEntryPoint(), API)
                    .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint(LOGIN),
                            AnyRequestMatcher.INSTANCE)
                    .accessDeniedHandler(refusals.accessDeniedHandler()));
        return headers(http).build();
    }

    // Spring Security's default only sets 400, which /error cannot tell from another malformed request
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return refusals.requestRejectedHandler();
    }

    private HttpSecurity headers(HttpSecurity http) throws Exception {
        // form-action names the issuer: the login form and the logout redirect go there
        String policy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                + "frame-ancestors 'none'; form-action 'self' " + issuer;
        return http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(policy))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(frames -> frames.deny())
                .httpStrictTransportSecurity(hsts -> {
                    if (!properties.hsts()) {
                        hsts.disable();
                    }
                }));
    }
}
