package eu.vigil.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.catalina.core.StandardHost;
import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;

/** The edge of every service that depends on web-kit, and of the gateway. */
@AutoConfiguration(before = {ErrorMvcAutoConfiguration.class, WebMvcAutoConfiguration.class,
        HttpMessageConvertersAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(WebKitProperties.class)
public class WebKitAutoConfiguration {

    /** Request bodies are read strictly; the context's own mapper (Axon, Kafka, pages) keeps its settings. */
    @Bean
    MappingJackson2HttpMessageConverter strictJsonConverter(ObjectMapper mapper) {
        return new MappingJackson2HttpMessageConverter(StrictJson.strictCopy(mapper));
    }

    @Bean
    ProblemInstances problemInstances() {
        return new ProblemInstances();
    }

    @Bean
    @ConditionalOnMissingBean(EdgeProblems.class)
    EdgeProblems edgeProblems() {
        return new EdgeProblems();
    }

    @Bean
    @ConditionalOnMissingBean(RuleViolationProblems.class)
    RuleViolationProblems ruleViolationProblems(MessageSource messages) {
        return new RuleViolationProblems(messages);
    }

    @Bean
    @ConditionalOnMissingBean(ErrorController.class)
    ProblemErrorController problemErrorController(ErrorAttributes errorAttributes, ServerProperties server,
                                                  ObjectProvider<ErrorViewResolver> errorViewResolvers) {
        return new ProblemErrorController(errorAttributes, server.getError(),
                errorViewResolvers.orderedStream().toList());
    }

    @Bean
    FilterRegistrationBean<RequestLimitsFilter> requestLimitsFilter(WebKitProperties limits, ObjectMapper json) {
        var registration = new FilterRegistrationBean<>(new RequestLimitsFilter(limits, json));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    // Tomcat's own header limit sits well above ours, so that an oversized header meets RequestLimitsFilter's 431
    // problem rather than Tomcat's bare 400.
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports(WebKitProperties limits) {
        return factory -> {
            factory.addContextCustomizers(context -> {
                if (context.getParent() instanceof StandardHost host) {
                    host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
                }
            });
            factory.addConnectorCustomizers(connector -> {
                if (connector.getProtocolHandler() instanceof AbstractHttp11Protocol<?> http) {
                    http.setMaxHttpRequestHeaderSize((int) Math.max(http.getMaxHttpRequestHeaderSize(),
                            limits.maxHeaderBytes() * 4));
                    // a client that asks before sending (Expect: 100-continue, as curl does for a large upload) is
                    // told to go on only once the body is read: one refused by its length never sends it
                    http.setContinueResponseTiming("onRead");
                }
            });
        };
    }
}
