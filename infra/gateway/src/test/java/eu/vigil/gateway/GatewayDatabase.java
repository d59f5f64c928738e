package eu.vigil.gateway;

import java.util.Map;

import eu.vigil.testsupport.TestDatabase;
import eu.vigil.testsupport.TestInfrastructure;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The gateway's sessions in a real PostgreSQL database of the test infrastructure, one for the gateway tests of
 * this JVM: every session is a fresh random id, so the test classes do not see each other's.
 */
final class GatewayDatabase {

    private static TestDatabase database;

    private GatewayDatabase() {}

    static void addTo(DynamicPropertyRegistry registry) {
        properties().forEach((name, value) -> registry.add(name, () -> value));
    }

    /** The datasource settings, for a gateway instance a test starts itself. */
    static Map<String, Object> properties() {
        TestDatabase sessions = database();
        // a module's test contexts stay cached side by side, each with its pool: an idle one keeps one connection
        return Map.of("spring.datasource.url", sessions.jdbcUrl(),
                "spring.datasource.username", sessions.username(),
                "spring.datasource.password", sessions.password(),
                "spring.datasource.hikari.minimum-idle", 1,
                "spring.datasource.hikari.idle-timeout", 10_000);
    }

    private static synchronized TestDatabase database() {
        if (database == null) {
            database = TestInfrastructure.shared().createDatabase("gateway");
        }
        return database;
    }
}
