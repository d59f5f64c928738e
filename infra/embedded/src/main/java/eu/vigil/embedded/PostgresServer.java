package eu.vigil.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * A real PostgreSQL server (binaries from Maven Central) whose data lives in a fixed directory, so that data
 * survives a restart on the same directory. Stopped by {@link #close()} or, at the latest, when the JVM exits.
 */
public final class PostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PostgresServer.class);
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    // zonky's 10 s default is too short for initdb plus start on a busy two-core machine
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

    private final EmbeddedPostgres postgres;
    private final Thread stopAtExit = new Thread(this::close, "vigil-postgres-stop");
    private boolean closed;

    private PostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
        Runtime.getRuntime().addShutdownHook(stopAtExit);
    }

    /**
     * For tests: commits are {@link Commits#FAST_UNSAFE}, as zonky starts PostgreSQL.
     *
     * @param port 0 for any free port
     * @throws PortInUseException when the port is taken (zonky would otherwise talk to whatever holds it);
     *                            nothing is started then
     */
    public static PostgresServer start(Path dataDirectory, int port) {
        return start(dataDirectory, port, "set another PostgreSQL port", Commits.FAST_UNSAFE);
    }

    /**
     * @param howToChangePort what the caller's user sets to pick another port, for the error message
     * @param commits         whether a commit is answered only once it is on disk
     */
    public static PostgresServer start(Path dataDirectory, int port, String howToChangePort, Commits commits) {
        int chosen = Ports.requireFree(port, "PostgreSQL", howToChangePort);
        var attempt = new PostmasterStart(dataDirectory, chosen);
        long began = System.nanoTime();
        try {
            Files.createDirectories(dataDirectory);
            var server = new PostgresServer(EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(chosen)
                    .setPGStartupWait(STARTUP_WAIT)
                    // ours stops the server before anyone deletes its directory; zonky's would race with that
                    .setRegisterShutdownHook(false)
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", commits.synchronousCommit())
                    .start());
            log.info("PostgreSQL up on port {} in {} ms, synchronous_commit={}", chosen,
                    (System.nanoTime() - began) / 1_000_000, commits.synchronousCommit());
            return server;
        } catch (IOException | RuntimeException e) {
            attempt.stopIfRunning();
            throw new IllegalStateException("PostgreSQL did not start on port " + chosen + " in " + dataDirectory
                    + ": " + e.getMessage(), e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    public String username() {
        return "postgres";
    }

    /** Empty: the embedded server trusts local connections. */
    public String password() {
        return "";
    }

    /** @param name a plain lower-case SQL identifier */
    public void createDatabaseIfMissing(String name) {
        if (!DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a plain database name: " + name);
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, name);
            if (!exists.executeQuery().next()) {
                try (var create = connection.createStatement()) {
                    create.execute("create database " + name);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * For an owner that stops this server itself, in its own order at exit (the local stack stops the services
     * first): removes the JVM-exit hook, which would otherwise race with the owner's.
     */
    public void stopOnlyWhenClosed() {
        Runtime.getRuntime().removeShutdownHook(stopAtExit);
    }

    /** Idempotent; a second caller waits until the server has stopped. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            Runtime.getRuntime().removeShutdownHook(stopAtExit);
        } catch (IllegalStateException exiting) {
            // called from a shutdown hook: ours is running or about to, and finds the server closed
        }
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not stop cleanly", e);
        }
    }
}
