package eu.vigil.gateway.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * The login sessions live in PostgreSQL (Spring Session JDBC, configured in {@code application.yml}): any gateway
 * instance serves any session, and a restart logs nobody out.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfig {

    // a browser's parallel requests may write the same session attribute at once: an upsert instead of an insert
    // that one of them would lose on the primary key
    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgresSessionAttributeUpserts() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }
}
