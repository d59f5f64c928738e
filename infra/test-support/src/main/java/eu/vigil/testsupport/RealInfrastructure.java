package eu.vigil.testsupport;

import org.springframework.test.annotation.DirtiesContext;

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
 *
 * <p>Such a context is never used again, so it is closed after its class: Spring's cache would keep up to 32 of them
 * alive, each still polling its topics and event store. Closed after the class, not evicted from a smaller cache, as
 * closing a context resets the logging the next one just set up.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@DirtiesContext
public @interface RealInfrastructure {
}
