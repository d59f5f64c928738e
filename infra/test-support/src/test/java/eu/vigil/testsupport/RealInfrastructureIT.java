package eu.vigil.testsupport;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcClientAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@RealInfrastructure
class RealInfrastructureIT {

    @SpringBootConfiguration
    @ImportAutoConfiguration({DataSourceAutoConfiguration.class, JdbcTemplateAutoConfiguration.class,
            JdbcClientAutoConfiguration.class})
    static class JdbcOnly {
    }

    @Autowired JdbcClient jdbc;
    @Value("${vigil.topics.incident-events}") String topic;
    @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers;

    @Test
    void theContextGetsItsOwnDatabaseTopicAndBroker() {
        String database = jdbc.sql("select current_database()").query(String.class).single();

        assertThat(database).startsWith("realinfrastructureit_");
        assertThat(topic).startsWith("vigil.incident-events.realinfrastructureit-");
        assertThat(bootstrapServers).isEqualTo(TestInfrastructure.shared().kafkaBootstrapServers());
    }
}
