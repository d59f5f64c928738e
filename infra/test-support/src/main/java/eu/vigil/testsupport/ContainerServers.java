package eu.vigil.testsupport;

import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.kafka.KafkaContainer;

/** PostgreSQL and Kafka in Docker containers, where a Docker engine answers; Testcontainers removes them at exit. */
final class ContainerServers implements Servers {

    private final PostgreSQLContainer<?> postgres;
    private final KafkaContainer kafka;

    private ContainerServers(PostgreSQLContainer<?> postgres, KafkaContainer kafka) {
        this.postgres = postgres;
        this.kafka = kafka;
    }

    static ContainerServers start() {
        var postgres = new PostgreSQLContainer<>("postgres:17").withCommand("postgres", "-c", "max_connections=300");
        var kafka = new KafkaContainer("apache/kafka:3.9.1");
        postgres.start();
        try {
            kafka.start();
        } catch (RuntimeException e) {
            postgres.stop();
            throw e;
        }
        return new ContainerServers(postgres, kafka);
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.getBootstrapServers();
    }

    @Override
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + postgres.getHost() + ":" + postgres.getFirstMappedPort() + "/" + database;
    }

    @Override
    public String username() {
        return postgres.getUsername();
    }

    @Override
    public String password() {
        return postgres.getPassword();
    }

    @Override
    public String description() {
        return "Testcontainers PostgreSQL and Kafka";
    }
}
