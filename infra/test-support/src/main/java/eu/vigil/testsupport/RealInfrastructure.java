package eu.vigil.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a {@code @SpringBootTest} class: the context gets a real PostgreSQL and Kafka, with a fresh database, its
 * own topics ({@code vigil.topics.*}) and its own consumer group, so that test classes do not see each other's
 * data. See {@link TestInfrastructure#isolatedProperties(String)}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface RealInfrastructure {
}
