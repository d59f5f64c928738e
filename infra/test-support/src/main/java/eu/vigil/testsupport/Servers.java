package eu.vigil.testsupport;

/** The PostgreSQL and Kafka servers of one test JVM, however they were started. */
interface Servers {

    String kafkaBootstrapServers();

    /** A JDBC URL for the given database on the server. */
    String jdbcUrl(String database);

    String username();

    String password();

    /** The name of the kind of servers, for the log. */
    String description();
}
