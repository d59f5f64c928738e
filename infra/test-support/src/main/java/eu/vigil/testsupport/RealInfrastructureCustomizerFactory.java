package eu.vigil.testsupport;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

import java.util.List;

/** Gives each {@link RealInfrastructure} test class its own database, topics and consumer group. */
class RealInfrastructureCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
                                                     List<ContextConfigurationAttributes> configurationAttributes) {
        if (!TestContextAnnotationUtils.hasAnnotation(testClass, RealInfrastructure.class)) {
            return null;
        }
        return new Isolation(testClass);
    }

    /** Equal per test class, so Spring's context cache gives every class its own context. */
    private record Isolation(Class<?> testClass) implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            var properties = TestInfrastructure.shared().isolatedProperties(testClass.getSimpleName());
            context.getEnvironment().getPropertySources()
                    .addFirst(new MapPropertySource("vigil-real-infrastructure", properties));
            ContextsInUse.add(context);
        }
    }
}
