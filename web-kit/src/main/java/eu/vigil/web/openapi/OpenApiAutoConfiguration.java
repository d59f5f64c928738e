package eu.vigil.web.openapi;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * A service that has springdoc documents every endpoint it maps, the pages and their form posts too, with the
 * problems of {@link ProblemDocumentation}.
 */
@AutoConfiguration
@ConditionalOnClass(OpenApiCustomizer.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class OpenApiAutoConfiguration {

    @Bean
    ProblemDocumentation problemDocumentation(ObjectProvider<DomainRules> rules) {
        return new ProblemDocumentation(DocumentedProblem.of(rules.getIfAvailable(DomainRules::of)));
    }

    // springdoc documents only handlers that answer a body; a page answers one too (HTML), and its form posts are
    // requests a client can make, so every controller of the service is documented
    @Bean
    SmartInitializingSingleton documentEveryController(ApplicationContext context) {
        return () -> {
            var mapping = context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
            mapping.getHandlerMethods().values().stream().map(handler -> handler.getBeanType())
                    .filter(type -> !ErrorController.class.isAssignableFrom(type))
                    .filter(type -> !type.getName().startsWith("org.springdoc."))
                    .distinct()
                    .forEach(type -> SpringDocUtils.getConfig().addRestControllers(type));
        };
    }
}
