package eu.vigil.testsupport;

/** A fresh database on the test PostgreSQL server. */
public record TestDatabase(String jdbcUrl, String username, String password) {
}
